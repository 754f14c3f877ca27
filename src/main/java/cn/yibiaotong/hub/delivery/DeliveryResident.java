package cn.yibiaotong.hub.delivery;

import java.time.LocalDate;
import java.util.Map;

/** A resident as a delivery sees them: the surviving value of every item the sources hold. */
public record DeliveryResident(String residentId, String idNumber, String communityCode, LocalDate birthDate,
                               Map<String, String> values) {

    public String value(String itemCode) {
        return values.get(itemCode);
    }
}

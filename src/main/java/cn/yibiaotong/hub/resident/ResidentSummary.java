package cn.yibiaotong.hub.resident;

import java.time.LocalDate;

/** A resident as a search result lists it. */
public record ResidentSummary(String residentId, String idNumber, String name, String gender, LocalDate birthDate,
                              String communityCode, String communityName, String gridCode, String gridName) {
}

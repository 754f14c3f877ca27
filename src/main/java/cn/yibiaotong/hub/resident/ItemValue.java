package cn.yibiaotong.hub.resident;

import java.time.OffsetDateTime;

/** One stored value of an item from one source, with its provenance. */
public record ItemValue(String residentId, String itemCode, String connectorId, int version, String value,
                        String batchId, Long sourceRow, OffsetDateTime validFrom, OffsetDateTime validTo) {
}

package cn.yibiaotong.hub.resident;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

/**
 * One version of what one source connector says about a resident: the items of its row, with the row's
 * provenance. The current version has {@code validTo} null.
 */
public record SourceRecord(String residentId, String connectorId, int version, Map<String, String> values,
                           String batchId, Long sourceRow, OffsetDateTime validFrom, OffsetDateTime validTo) {

    public SourceRecord {
        values = Map.copyOf(values);
    }

    public boolean isCurrent() {
        return validTo == null;
    }

    /** The record's items, each as a value with this record's provenance. */
    public List<ItemValue> itemValues() {
        return values.entrySet().stream().map(e -> new ItemValue(residentId, e.getKey(), connectorId, version,
                e.getValue(), batchId, sourceRow, validFrom, validTo)).toList();
    }
}

package cn.yibiaotong.hub.resident;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The earlier values of each item, read from a resident's record versions: a value is history once a later
 * version of the same source holds a different one. Newest first.
 */
final class ItemHistory {

    private ItemHistory() {
    }

    /** @param versions every version of every source, ordered by source and version */
    static Map<String, List<ItemValue>> superseded(List<SourceRecord> versions) {
        Map<String, List<ItemValue>> history = new HashMap<>();
        for (int i = 0; i + 1 < versions.size(); i++) {
            SourceRecord older = versions.get(i);
            SourceRecord newer = versions.get(i + 1);
            if (!older.connectorId().equals(newer.connectorId())) {
                continue;
            }
            for (ItemValue v : older.itemValues()) {
                if (!Objects.equals(v.value(), newer.values().get(v.itemCode()))) {
                    history.computeIfAbsent(v.itemCode(), k -> new ArrayList<>()).add(v);
                }
            }
        }
        history.values().forEach(list -> list.sort(Comparator.comparing(ItemValue::validFrom).reversed()));
        return history;
    }
}

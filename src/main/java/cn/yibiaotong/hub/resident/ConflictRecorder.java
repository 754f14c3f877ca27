package cn.yibiaotong.hub.resident;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Keeps resident_conflict equal to the items on which a resident's sources currently disagree: every merge
 * replaces the conflicts of the residents it changed, so a conflict the source has since fixed disappears.
 */
@Component
public class ConflictRecorder {

    private final NamedParameterJdbcTemplate jdbc;
    private final Survivorship survivorship;
    private final SourceRecords records;

    public ConflictRecorder(NamedParameterJdbcTemplate jdbc, Survivorship survivorship, SourceRecords records) {
        this.jdbc = jdbc;
        this.survivorship = survivorship;
        this.records = records;
    }

    /** @param byResident changed residents' current item values of all sources, grouped by item */
    public void refresh(Map<String, Map<String, List<ItemValue>>> byResident, OffsetDateTime now) {
        if (byResident.isEmpty()) {
            return;
        }
        List<Map<String, Object>> rows = new ArrayList<>();
        byResident.forEach((residentId, items) -> items.forEach((item, values) -> {
            if (values.stream().map(ItemValue::value).distinct().count() > 1) {
                ItemValue winner = survivorship.winner(values).orElseThrow();
                Map<String, String> bySource = new TreeMap<>();
                values.forEach(v -> bySource.put(v.connectorId(), v.value()));
                rows.add(Map.of("resident", residentId, "item", item, "values", records.toJson(bySource),
                        "winner", winner.connectorId(), "reason", survivorship.reason(winner), "now", now));
            }
        }));
        jdbc.update("DELETE FROM resident_conflict WHERE resident_id IN (:ids)", Map.of("ids", byResident.keySet()));
        jdbc.batchUpdate("""
                INSERT INTO resident_conflict (resident_id, item_code, source_values, winner_connector, reason, detected_at)
                VALUES (:resident, :item, :values, :winner, :reason, :now)""", rows.toArray(Map[]::new));
    }
}

package cn.yibiaotong.hub.delivery;

import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.namedparam.SqlParameterSourceUtils;
import org.springframework.stereotype.Repository;

/** delivery_resident: whom a delivery carried, and who dropped out since the one before, with the reason. */
@Repository
public class DeliveryMembers {

    private final NamedParameterJdbcTemplate jdbc;

    public DeliveryMembers(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    void carried(String deliveryId, List<String> residentIds) {
        jdbc.batchUpdate("INSERT INTO delivery_resident (delivery_id, resident_id, kind) VALUES (:d, :r, 'ROW')",
                SqlParameterSourceUtils.createBatch(residentIds.stream().map(r -> Map.of("d", deliveryId, "r", r)).toList()));
    }

    void removed(String deliveryId, String residentId, String reason) {
        jdbc.update("INSERT INTO delivery_resident (delivery_id, resident_id, kind, reason) VALUES (:d, :r, 'REMOVED', :why)",
                Map.of("d", deliveryId, "r", residentId, "why", reason));
    }

    /** A page of the residents the previous delivery carried and this one does not. */
    List<String> droppedSince(String previousId, String currentId, String afterResidentId, int size) {
        return jdbc.queryForList("""
                SELECT p.resident_id FROM delivery_resident p
                WHERE p.delivery_id = :prev AND p.kind = 'ROW' AND p.resident_id > :after
                  AND NOT EXISTS (SELECT 1 FROM delivery_resident c
                                  WHERE c.delivery_id = :cur AND c.resident_id = p.resident_id AND c.kind = 'ROW')
                ORDER BY p.resident_id FETCH FIRST :size ROWS ONLY""",
                Map.of("prev", previousId, "cur", currentId, "after", afterResidentId, "size", size), String.class);
    }

    /** The removals of a delivery: id number, name (as the unified view has them now) and reason. */
    public List<Map<String, Object>> removals(String deliveryId) {
        return jdbc.queryForList("""
                SELECT r.id_number AS "idNumber", r.name AS "name", d.reason AS "reason"
                FROM delivery_resident d JOIN resident r ON r.id = d.resident_id
                WHERE d.delivery_id = :d AND d.kind = 'REMOVED' ORDER BY r.community_code, r.id_number""",
                Map.of("d", deliveryId));
    }
}

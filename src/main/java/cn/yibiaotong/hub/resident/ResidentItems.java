package cn.yibiaotong.hub.resident;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Repository;

/** Reads of resident_item shared by the merger and the queries. */
@Repository
public class ResidentItems {

    private final NamedParameterJdbcTemplate jdbc;

    public ResidentItems(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Current values of one connector for the given residents. */
    public List<ItemValue> currentOf(String connectorId, Collection<String> residentIds) {
        if (residentIds.isEmpty()) {
            return List.of();
        }
        return jdbc.query("""
                SELECT * FROM resident_item
                WHERE connector_id = :connector AND valid_to IS NULL AND resident_id IN (:ids)""",
                Map.of("connector", connectorId, "ids", residentIds), ResidentItems::toValue);
    }

    /** Current values of every source for the given residents, optionally only some items. */
    public List<ItemValue> current(Collection<String> residentIds, Collection<String> itemCodes) {
        if (residentIds.isEmpty()) {
            return List.of();
        }
        return jdbc.query("""
                SELECT * FROM resident_item
                WHERE valid_to IS NULL AND resident_id IN (:ids) AND item_code IN (:items)""",
                Map.of("ids", residentIds, "items", itemCodes), ResidentItems::toValue);
    }

    /** Every value ever held for one resident, newest first. */
    public List<ItemValue> allOf(String residentId) {
        return jdbc.query("""
                SELECT * FROM resident_item WHERE resident_id = :id
                ORDER BY item_code, valid_from DESC, version DESC""", Map.of("id", residentId), ResidentItems::toValue);
    }

    static ItemValue toValue(ResultSet rs, int n) throws SQLException {
        return new ItemValue(rs.getString("resident_id"), rs.getString("item_code"), rs.getString("connector_id"),
                rs.getInt("version"), rs.getString("item_value"), rs.getString("batch_id"),
                rs.getObject("source_row") == null ? null : rs.getLong("source_row"),
                rs.getObject("valid_from", OffsetDateTime.class), rs.getObject("valid_to", OffsetDateTime.class));
    }
}

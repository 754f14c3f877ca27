package cn.yibiaotong.hub.resident;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Repository;

/** Reads of resident_record, shared by the merger and the queries; item values are a JSON object. */
@Repository
public class SourceRecords {

    private static final TypeReference<TreeMap<String, String>> VALUES = new TypeReference<>() { };

    private final NamedParameterJdbcTemplate jdbc;
    private final ObjectMapper json;

    public SourceRecords(NamedParameterJdbcTemplate jdbc, ObjectMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    /** Current record of one connector for each of the given residents. */
    public List<SourceRecord> currentOf(String connectorId, Collection<String> residentIds) {
        if (residentIds.isEmpty()) {
            return List.of();
        }
        return jdbc.query("""
                SELECT * FROM resident_record
                WHERE connector_id = :connector AND valid_to IS NULL AND resident_id IN (:ids)""",
                Map.of("connector", connectorId, "ids", residentIds), this::toRecord);
    }

    /** Current records of every source for the given residents. */
    public List<SourceRecord> current(Collection<String> residentIds) {
        if (residentIds.isEmpty()) {
            return List.of();
        }
        return jdbc.query("SELECT * FROM resident_record WHERE valid_to IS NULL AND resident_id IN (:ids)",
                Map.of("ids", residentIds), this::toRecord);
    }

    /** Every version of every source's record about one resident, oldest first per source. */
    public List<SourceRecord> allOf(String residentId) {
        return jdbc.query("SELECT * FROM resident_record WHERE resident_id = :id ORDER BY connector_id, version",
                Map.of("id", residentId), this::toRecord);
    }

    /** The JSON stored for a record's values: keys sorted, so equal values give equal text. */
    public String toJson(Map<String, String> values) {
        try {
            return json.writeValueAsString(new TreeMap<>(values));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot serialise item values", e);
        }
    }

    /**
     * The text the stored JSON holds for an item ({@code "welfare.assistance_type":}) or an item with a value
     * ({@code "welfare.assistance_type":"01"}), for a substring search that works on H2 and PostgreSQL alike.
     */
    public String fragment(String itemCode, String value) {
        try {
            return json.writeValueAsString(itemCode) + ":" + (value == null ? "" : json.writeValueAsString(value));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot quote an item code", e);
        }
    }

    private SourceRecord toRecord(ResultSet rs, int n) throws SQLException {
        try {
            return new SourceRecord(rs.getString("resident_id"), rs.getString("connector_id"), rs.getInt("version"),
                    json.readValue(rs.getString("item_values"), VALUES), rs.getString("batch_id"),
                    rs.getObject("source_row") == null ? null : rs.getLong("source_row"),
                    rs.getObject("valid_from", OffsetDateTime.class), rs.getObject("valid_to", OffsetDateTime.class));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored item values are not a JSON object", e);
        }
    }
}

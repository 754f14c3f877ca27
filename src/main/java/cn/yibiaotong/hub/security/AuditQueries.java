package cn.yibiaotong.hub.security;

import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/** Reads of the audit log for administrators: by account, resident, action and period, newest first, paged. */
@Component
public class AuditQueries {

    private final NamedParameterJdbcTemplate jdbc;

    public AuditQueries(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * @param residentIdNumber the resident's 18-digit ID number: events that read this resident
     * @param from             at or after, or null
     * @param to               before, or null
     */
    public Page search(String username, String residentIdNumber, String action, OffsetDateTime from, OffsetDateTime to,
                       int page, int size) {
        MapSqlParameterSource p = new MapSqlParameterSource();
        StringBuilder where = new StringBuilder(" WHERE 1 = 1");
        if (username != null) {
            where.append(" AND e.username = :username");
            p.addValue("username", username);
        }
        if (residentIdNumber != null) {
            where.append(" AND EXISTS (SELECT 1 FROM audit_resident a JOIN resident r ON r.id = a.resident_id"
                    + " WHERE a.event_id = e.id AND r.id_number = :idNumber)");
            p.addValue("idNumber", residentIdNumber);
        }
        if (action != null) {
            where.append(" AND e.action = :action");
            p.addValue("action", action);
        }
        if (from != null) {
            where.append(" AND e.at >= :from");
            p.addValue("from", from);
        }
        if (to != null) {
            where.append(" AND e.at < :to");
            p.addValue("to", to);
        }
        Long total = jdbc.queryForObject("SELECT COUNT(*) FROM audit_event e" + where, p, Long.class);
        p.addValue("offset", (long) page * size).addValue("size", size);
        List<Event> events = jdbc.query("SELECT e.*, (SELECT COUNT(*) FROM audit_resident a WHERE a.event_id = e.id)"
                + " AS resident_count FROM audit_event e" + where
                + " ORDER BY e.at DESC, e.id DESC OFFSET :offset ROWS FETCH NEXT :size ROWS ONLY", p, (rs, n) -> {
                    String items = rs.getString("items");
                    return new Event(rs.getLong("id"), rs.getObject("at", OffsetDateTime.class), rs.getString("username"),
                            rs.getString("role"), rs.getString("action"), rs.getString("target"),
                            items == null ? List.of() : Arrays.asList(items.split(",")), rs.getString("purpose"),
                            rs.getString("client"), rs.getString("outcome"), rs.getLong("resident_count"));
                });
        return new Page(events, page, size, total == null ? 0 : total);
    }

    /** The residents (ids of the resident table) one event read. */
    public List<String> residents(long eventId) {
        return jdbc.queryForList("SELECT resident_id FROM audit_resident WHERE event_id = :id ORDER BY resident_id",
                new MapSqlParameterSource("id", eventId), String.class);
    }

    public record Event(long id, OffsetDateTime at, String username, String role, String action, String target,
                        List<String> items, String purpose, String client, String outcome, long residentCount) {
    }

    public record Page(List<Event> content, int page, int size, long totalElements) {
    }
}

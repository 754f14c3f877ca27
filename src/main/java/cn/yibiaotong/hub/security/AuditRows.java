package cn.yibiaotong.hub.security;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import org.springframework.jdbc.core.BatchPreparedStatementSetter;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Component;

/**
 * The two INSERTs of the audit log, and nothing else: there is deliberately no update or delete (append-only; on
 * PostgreSQL a trigger refuses both). Whoever calls decides the transaction.
 */
@Component
public class AuditRows {

    private static final String INSERT = "INSERT INTO audit_event (at, username, role, action, target, items, purpose,"
            + " client, outcome) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)";

    private final JdbcTemplate jdbc;

    public AuditRows(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Appends an event; its id, to which the residents it read are attached. */
    long event(AuditEvent e) {
        return events(List.of(e)).get(0);
    }

    /** Appends events in one batch; their ids, in the same order. */
    List<Long> events(List<AuditEvent> events) {
        KeyHolder keys = new GeneratedKeyHolder();
        jdbc.batchUpdate(connection -> connection.prepareStatement(INSERT, new String[] {"id"}),
                new BatchPreparedStatementSetter() {
                    @Override
                    public void setValues(PreparedStatement insert, int i) throws SQLException {
                        AuditEvent e = events.get(i);
                        Object[] values = {e.at(), e.username(), e.role(), e.action(), e.target(), e.items(),
                            e.purpose(), e.client(), e.outcome()};
                        for (int c = 0; c < values.length; c++) {
                            insert.setObject(c + 1, values[c]);
                        }
                    }

                    @Override
                    public int getBatchSize() {
                        return events.size();
                    }
                }, keys);
        List<Long> ids = keys.getKeyList().stream().map(k -> ((Number) k.values().iterator().next()).longValue()).toList();
        if (ids.size() != events.size()) {
            throw new IllegalStateException("the database returned " + ids.size() + " ids for " + events.size() + " events");
        }
        return ids;
    }

    /** The residents an event read, each once. */
    void residents(long eventId, Collection<String> residentIds) {
        residents(List.of(eventId), List.of(residentIds));
    }

    /** The residents of several events (the same order as their ids), each once per event, in one batch. */
    void residents(List<Long> eventIds, List<? extends Collection<String>> residentIds) {
        List<Object[]> rows = new ArrayList<>();
        for (int i = 0; i < eventIds.size(); i++) {
            for (String r : new LinkedHashSet<>(residentIds.get(i))) {
                rows.add(new Object[] {eventIds.get(i), r});
            }
        }
        if (!rows.isEmpty()) {
            jdbc.batchUpdate("INSERT INTO audit_resident (event_id, resident_id) VALUES (?, ?)", rows);
        }
    }
}

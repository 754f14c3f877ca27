package cn.yibiaotong.hub.delivery;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Repository;

/** The delivery table: every state change is one conditional UPDATE, so two senders never send one delivery. */
@Repository
public class DeliveryStore {

    private final NamedParameterJdbcTemplate jdbc;

    public DeliveryStore(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    void insert(MapSqlParameterSource p) {
        jdbc.update("""
                INSERT INTO delivery (id, connector_id, department, division_prefix, period, trigger_kind, status, target,
                                      file_name, content_type, stored_file, max_attempts, next_attempt_at, created_at)
                VALUES (:id, :connector, :department, :division, :period, :trigger, 'PENDING', :target,
                        :fileName, :contentType, :storedFile, :maxAttempts, NULL, :now)""", p);
    }

    /**
     * The file is written. Whoever produced it makes the first attempt at once; should the hub stop before that,
     * the retry route takes the delivery when {@code firstAttemptBy} has passed.
     */
    void produced(String id, String checksum, long size, int rows, int removed, OffsetDateTime firstAttemptBy) {
        jdbc.update("""
                UPDATE delivery SET checksum = :checksum, byte_size = :size, row_count = :rows, removed_count = :removed,
                       next_attempt_at = :at WHERE id = :id""",
                Map.of("id", id, "checksum", checksum, "size", size, "rows", rows, "removed", removed, "at", firstAttemptBy));
    }

    /** The file could not be produced: never sent, never a previous delivery, and it carried nobody. */
    void notProduced(String id, String error) {
        jdbc.update("DELETE FROM delivery_resident WHERE delivery_id = :id", Map.of("id", id));
        jdbc.update("UPDATE delivery SET status = 'FAILED', next_attempt_at = NULL, last_error = :error WHERE id = :id",
                Map.of("id", id, "error", error));
    }

    /**
     * Takes a delivery for one attempt: a new one (PENDING) at once, a retry or an abandoned attempt once due.
     * False when another sender has it or it is not due.
     */
    boolean claim(String id, OffsetDateTime now, OffsetDateTime leaseUntil) {
        return jdbc.update("""
                UPDATE delivery SET status = 'SENDING', attempts = attempts + 1, next_attempt_at = :lease
                WHERE id = :id AND checksum IS NOT NULL
                  AND (status = 'PENDING' OR status IN ('RETRYING', 'SENDING') AND next_attempt_at <= :now)""",
                Map.of("id", id, "now", now, "lease", leaseUntil)) == 1;
    }

    void delivered(String id, Integer status, String body, OffsetDateTime now) {
        jdbc.update("""
                UPDATE delivery SET status = 'DELIVERED', delivered_at = :now, next_attempt_at = NULL, last_error = NULL,
                       response_status = :status, response_body = :body WHERE id = :id""",
                new MapSqlParameterSource("id", id).addValue("now", now).addValue("status", status)
                        .addValue("body", body));
    }

    void failed(String id, DeliveryStatus next, OffsetDateTime nextAttempt, String error, Integer status, String body) {
        jdbc.update("""
                UPDATE delivery SET status = :next, next_attempt_at = :at, last_error = :error,
                       response_status = :status, response_body = :body WHERE id = :id""",
                new MapSqlParameterSource("id", id).addValue("next", next.name()).addValue("at", nextAttempt)
                        .addValue("error", error).addValue("status", status).addValue("body", body));
    }

    /** Back from the dead-letter list: due now, with a fresh round of attempts. */
    boolean resend(String id, int moreAttempts, OffsetDateTime firstAttemptBy) {
        return jdbc.update("""
                UPDATE delivery SET status = 'PENDING', next_attempt_at = :at, max_attempts = attempts + :more
                WHERE id = :id AND status = 'DEAD_LETTER'""",
                Map.of("id", id, "at", firstAttemptBy, "more", moreAttempts)) == 1;
    }

    /** Deliveries whose next attempt is due, oldest first, including claims whose lease ran out (a crash mid-send). */
    public List<String> due(OffsetDateTime now, int limit) {
        return jdbc.queryForList("""
                SELECT id FROM delivery WHERE status IN ('PENDING', 'RETRYING', 'SENDING') AND next_attempt_at <= :now
                ORDER BY next_attempt_at, id FETCH FIRST :limit ROWS ONLY""",
                Map.of("now", now, "limit", limit), String.class);
    }

    public Optional<DeliveryRow> find(String id) {
        return find(id, DeliveryScope.ALL);
    }

    /** A delivery outside the scope is not found. */
    public Optional<DeliveryRow> find(String id, DeliveryScope scope) {
        MapSqlParameterSource p = new MapSqlParameterSource("id", id);
        return jdbc.query("SELECT * FROM delivery WHERE id = :id" + scope.where(p), p, DeliveryStore::toRow)
                .stream().findFirst();
    }

    public List<DeliveryRow> list(String status, String connector, int page, int size) {
        return list(status, connector, DeliveryScope.ALL, page, size);
    }

    public List<DeliveryRow> list(String status, String connector, DeliveryScope scope, int page, int size) {
        MapSqlParameterSource p = new MapSqlParameterSource("offset", (long) page * size).addValue("size", size);
        StringBuilder where = new StringBuilder(" WHERE 1 = 1" + scope.where(p));
        if (status != null) {
            where.append(" AND status = :status");
            p.addValue("status", status);
        }
        if (connector != null) {
            where.append(" AND connector_id = :connector");
            p.addValue("connector", connector);
        }
        return jdbc.query("SELECT * FROM delivery" + where
                + " ORDER BY created_at DESC, id OFFSET :offset ROWS FETCH NEXT :size ROWS ONLY", p, DeliveryStore::toRow);
    }

    /** The latest earlier delivery of the same connector and division: whom the department last received. */
    Optional<String> previous(String connector, String division, String exceptId) {
        return jdbc.queryForList("""
                SELECT id FROM delivery WHERE connector_id = :connector AND division_prefix = :division AND id <> :id
                  AND checksum IS NOT NULL ORDER BY created_at DESC FETCH FIRST 1 ROWS ONLY""",
                Map.of("connector", connector, "division", division, "id", exceptId), String.class).stream().findFirst();
    }

    private static DeliveryRow toRow(ResultSet rs, int n) throws SQLException {
        return new DeliveryRow(rs.getString("id"), rs.getString("connector_id"), rs.getString("department"),
                rs.getString("division_prefix"), rs.getString("period"), rs.getString("trigger_kind"),
                DeliveryStatus.valueOf(rs.getString("status")), rs.getString("target"), rs.getString("file_name"),
                rs.getString("content_type"), rs.getString("stored_file"), rs.getString("checksum"),
                (Long) rs.getObject("byte_size", Long.class), rs.getInt("row_count"), rs.getInt("removed_count"),
                rs.getInt("attempts"), rs.getInt("max_attempts"), rs.getObject("next_attempt_at", OffsetDateTime.class),
                rs.getString("last_error"), (Integer) rs.getObject("response_status", Integer.class),
                rs.getString("response_body"), rs.getObject("created_at", OffsetDateTime.class),
                rs.getObject("delivered_at", OffsetDateTime.class));
    }
}

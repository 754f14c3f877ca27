package cn.yibiaotong.hub.batch;

import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * What the hub already did with a push carrying a given Idempotency-Key: a resend of a push that COMPLETED is
 * answered with that batch, one still RUNNING is not read a second time beside it, and anything else (interrupted,
 * refused, unreadable) is read again, which stores nothing twice because a refused or failed batch stored nothing.
 */
@Component
public class PushReplays {

    /** The earlier batch of the same key, and whether it is still being read. */
    public record Earlier(String batchId, BatchStatus status) {
    }

    private final JdbcTemplate jdbc;

    public PushReplays(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** The completed or running batch of this connector and key, the latest first. */
    public Optional<Earlier> find(String connectorId, String key) {
        return jdbc.query("""
                SELECT id, status FROM batch
                WHERE connector_id = ? AND idempotency_key = ? AND status IN ('COMPLETED', 'RUNNING')
                ORDER BY started_at DESC""",
                (rs, n) -> new Earlier(rs.getString("id"), BatchStatus.valueOf(rs.getString("status"))),
                connectorId, key).stream().findFirst();
    }
}

package cn.yibiaotong.hub.connector;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * The {@code connector_state} table. Watermark writes join the caller's transaction (the batch that read up to
 * it); run outcomes are written on their own, so a failed run is recorded even though its batch rolled back.
 */
@Repository
public class ConnectorStates {

    private static final int MAX_ERROR_LENGTH = 2000;

    private final JdbcTemplate jdbc;

    public ConnectorStates(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public ConnectorState find(String connectorId) {
        List<ConnectorState> found = jdbc.query("""
                SELECT connector_id, watermark, last_run_at, last_success_at, last_error, last_error_at, consecutive_failures
                FROM connector_state WHERE connector_id = ?""", (rs, n) -> new ConnectorState(rs.getString(1),
                rs.getString(2), rs.getObject(3, OffsetDateTime.class), rs.getObject(4, OffsetDateTime.class),
                rs.getString(5), rs.getObject(6, OffsetDateTime.class), rs.getInt(7)), connectorId);
        return found.isEmpty() ? ConnectorState.none(connectorId) : found.get(0);
    }

    public Optional<String> watermark(String connectorId) {
        return Optional.ofNullable(find(connectorId).watermark());
    }

    /** Call inside the transaction that stores the rows read up to {@code watermark}. */
    public void saveWatermark(String connectorId, String watermark) {
        ensureRow(connectorId);
        jdbc.update("UPDATE connector_state SET watermark = ? WHERE connector_id = ?", watermark, connectorId);
    }

    public void succeeded(String connectorId, OffsetDateTime at) {
        ensureRow(connectorId);
        jdbc.update("""
                UPDATE connector_state SET last_run_at = ?, last_success_at = ?, last_error = NULL, last_error_at = NULL,
                       consecutive_failures = 0
                WHERE connector_id = ?""", at, at, connectorId);
    }

    /** @param error what went wrong, in Chinese, naming the source system but no personal data */
    public void failed(String connectorId, OffsetDateTime at, String error) {
        ensureRow(connectorId);
        String text = error.length() > MAX_ERROR_LENGTH ? error.substring(0, MAX_ERROR_LENGTH) : error;
        jdbc.update("""
                UPDATE connector_state SET last_run_at = ?, last_error = ?, last_error_at = ?,
                       consecutive_failures = consecutive_failures + 1
                WHERE connector_id = ?""", at, text, at, connectorId);
    }

    private void ensureRow(String connectorId) {
        // portable upsert (H2 and PostgreSQL): insert only when absent; one hub instance writes a connector's state
        jdbc.update("""
                INSERT INTO connector_state (connector_id, consecutive_failures)
                SELECT ?, 0 WHERE NOT EXISTS (SELECT 1 FROM connector_state WHERE connector_id = ?)""",
                connectorId, connectorId);
    }
}

package cn.yibiaotong.hub.batch;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Batches, their issues and rejected rows. Report data is written in its own transactions so that it
 * survives when the batch's resident data is rolled back (dry run, refused batch).
 */
@Repository
public class BatchStore {

    private static final TypeReference<List<String>> CELLS = new TypeReference<>() { };

    private final JdbcTemplate jdbc;
    private final TransactionTemplate separateTx;
    private final ObjectMapper json;

    public BatchStore(JdbcTemplate jdbc, PlatformTransactionManager txManager, ObjectMapper json) {
        this.jdbc = jdbc;
        this.separateTx = new TransactionTemplate(txManager);
        this.separateTx.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.json = json;
    }

    public void open(BatchContext ctx, String checksum, String submittedBy, String idempotencyKey) {
        separateTx.executeWithoutResult(s -> jdbc.update("""
                INSERT INTO batch (id, connector_id, channel, source_name, checksum, status, dry_run, submitted_by,
                                   started_at, idempotency_key)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
                ctx.id(), ctx.connector().id(), ctx.channel(), ctx.fileName(), checksum, BatchStatus.RUNNING.name(),
                ctx.dryRun(), submittedBy, ctx.startedAt(), idempotencyKey));
    }

    public void describeFile(String batchId, String format, List<String> headerCells) {
        separateTx.executeWithoutResult(s -> jdbc.update("UPDATE batch SET format = ?, header_cells = ? WHERE id = ?",
                format, toJson(headerCells), batchId));
    }

    public void saveIssues(String batchId, List<RowRejection> rejections, List<RowIssue> warnings) {
        if (rejections.isEmpty() && warnings.isEmpty()) {
            return;
        }
        List<Object[]> issueRows = new ArrayList<>();
        List<Object[]> rowRows = new ArrayList<>();
        for (RowRejection r : rejections) {
            rowRows.add(new Object[] {batchId, r.row(), toJson(r.cells())});
            r.issues().forEach(i -> issueRows.add(issueRow(batchId, "REJECT", i)));
        }
        warnings.forEach(w -> issueRows.add(issueRow(batchId, "WARN", w)));
        separateTx.executeWithoutResult(s -> {
            jdbc.batchUpdate("INSERT INTO rejected_row (batch_id, row_no, cells) VALUES (?, ?, ?)", rowRows);
            jdbc.batchUpdate("""
                    INSERT INTO batch_issue (batch_id, row_no, severity, column_name, cell_value, message)
                    VALUES (?, ?, ?, ?, ?, ?)""", issueRows);
        });
    }

    /** Forgets the row-level issues of a batch whose file was refused part-way: none of its rows count. */
    public void clearRowIssues(String batchId) {
        separateTx.executeWithoutResult(s -> {
            jdbc.update("DELETE FROM batch_issue WHERE batch_id = ? AND row_no IS NOT NULL", batchId);
            jdbc.update("DELETE FROM rejected_row WHERE batch_id = ?", batchId);
        });
    }

    public void finish(BatchContext ctx, BatchStatus status, String errorCode, String message) {
        separateTx.executeWithoutResult(s -> jdbc.update("""
                UPDATE batch SET status = ?, received = ?, accepted = ?, rejected = ?, unchanged = ?, warnings = ?,
                       error_code = ?, message = ?, finished_at = ?
                WHERE id = ?""",
                status.name(), ctx.received(), ctx.accepted(), ctx.rejected(), ctx.unchanged(), ctx.warnings(),
                errorCode, message, OffsetDateTime.now(ZoneOffset.UTC), ctx.id()));
    }

    /**
     * A batch that failed after being opened: FAILED without its row-level issues, but only while it is still
     * RUNNING, so an outcome committed with the batch's data (BatchCompletion) is never overwritten.
     */
    public void failIfRunning(BatchContext ctx, String errorCode, String message) {
        separateTx.executeWithoutResult(s -> {
            int updated = jdbc.update("""
                    UPDATE batch SET status = ?, received = 0, accepted = 0, rejected = 0, unchanged = 0,
                           error_code = ?, message = ?, finished_at = ?
                    WHERE id = ? AND status = 'RUNNING'""",
                    BatchStatus.FAILED.name(), errorCode, message, OffsetDateTime.now(ZoneOffset.UTC), ctx.id());
            if (updated > 0) {
                jdbc.update("DELETE FROM batch_issue WHERE batch_id = ? AND row_no IS NOT NULL", ctx.id());
                jdbc.update("DELETE FROM rejected_row WHERE batch_id = ?", ctx.id());
            }
        });
    }

    public Optional<BatchRecord> find(String id) {
        return jdbc.query("SELECT * FROM batch WHERE id = ?", this::toRecord, id).stream().findFirst();
    }

    /** The batch if {@code submittedBy} submitted it: another's batch (its rejected rows) is not found. */
    public Optional<BatchRecord> find(String id, String submittedBy) {
        return jdbc.query("SELECT * FROM batch WHERE id = ? AND submitted_by = ?", this::toRecord, id, submittedBy)
                .stream().findFirst();
    }

    /** The most recent batch of a connector, whatever its outcome. */
    public Optional<BatchRecord> latest(String connectorId) {
        return jdbc.query("SELECT * FROM batch WHERE connector_id = ? ORDER BY started_at DESC FETCH FIRST 1 ROWS ONLY",
                this::toRecord, connectorId).stream().findFirst();
    }

    /** The latest completed batch of a connector that read exactly this file content, if any. */
    public Optional<BatchRecord> completedWithChecksum(String connectorId, String checksum) {
        return jdbc.query("""
                SELECT * FROM batch WHERE connector_id = ? AND checksum = ? AND status = 'COMPLETED'
                ORDER BY started_at DESC""", this::toRecord, connectorId, checksum).stream().findFirst();
    }

    public List<RowIssue> issues(String batchId, String severity, int offset, int limit) {
        return jdbc.query("""
                SELECT row_no, column_name, cell_value, message FROM batch_issue
                WHERE batch_id = ? AND severity = ? ORDER BY row_no NULLS FIRST, id
                OFFSET ? ROWS FETCH NEXT ? ROWS ONLY""",
                (rs, n) -> new RowIssue(rs.getObject("row_no") == null ? null : rs.getLong("row_no"),
                        rs.getString("column_name"), rs.getString("cell_value"), rs.getString("message")),
                batchId, severity, offset, limit);
    }

    public long countIssues(String batchId, String severity) {
        Long n = jdbc.queryForObject("SELECT COUNT(*) FROM batch_issue WHERE batch_id = ? AND severity = ?",
                Long.class, batchId, severity);
        return n == null ? 0 : n;
    }

    /** Streams rejected rows in row order with their reasons, for the correction file; one query. */
    public void forEachRejectedRow(String batchId, Consumer<RowRejection> consumer) {
        RejectedRowCollector collector = new RejectedRowCollector(consumer, this::fromJson);
        jdbc.query("""
                SELECT r.row_no, r.cells, i.column_name, i.cell_value, i.message
                FROM rejected_row r
                LEFT JOIN batch_issue i ON i.batch_id = r.batch_id AND i.row_no = r.row_no AND i.severity = 'REJECT'
                WHERE r.batch_id = ? ORDER BY r.row_no, i.id""", collector, batchId);
        collector.flush();
    }

    private BatchRecord toRecord(ResultSet rs, int n) throws SQLException {
        return new BatchRecord(rs.getString("id"), rs.getString("connector_id"), rs.getString("channel"),
                rs.getString("source_name"), rs.getString("checksum"), rs.getString("format"),
                rs.getString("header_cells") == null ? List.of() : fromJson(rs.getString("header_cells")),
                BatchStatus.valueOf(rs.getString("status")), rs.getBoolean("dry_run"),
                rs.getLong("received"), rs.getLong("accepted"), rs.getLong("rejected"), rs.getLong("unchanged"),
                rs.getLong("warnings"), rs.getString("error_code"), rs.getString("message"),
                rs.getString("submitted_by"), rs.getObject("started_at", OffsetDateTime.class),
                rs.getObject("finished_at", OffsetDateTime.class));
    }

    private static Object[] issueRow(String batchId, String severity, RowIssue i) {
        return new Object[] {batchId, i.row(), severity, i.column(), truncate(i.value(), 1000), truncate(i.message(), 1000)};
    }

    private static String truncate(String s, int max) {
        return s == null || s.length() <= max ? s : s.substring(0, max);
    }

    private String toJson(List<String> cells) {
        try {
            return json.writeValueAsString(cells);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot serialise cells", e);
        }
    }

    private List<String> fromJson(String text) {
        try {
            return json.readValue(text, CELLS);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored cells are not a JSON array", e);
        }
    }
}

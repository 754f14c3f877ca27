package cn.yibiaotong.hub.batch;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;
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
    private static final TypeReference<LinkedHashMap<String, Long>> CELLS_BY_DEPARTMENT = new TypeReference<>() { };

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

    public void finish(BatchContext ctx, BatchStatus status, String errorCode, String message) {
        separateTx.executeWithoutResult(s -> jdbc.update("""
                UPDATE batch SET status = ?, received = ?, accepted = ?, rejected = ?, unchanged = ?, warnings = ?,
                       error_code = ?, message = ?, finished_at = ?
                WHERE id = ?""",
                status.name(), ctx.received(), ctx.accepted(), ctx.rejected(), ctx.unchanged(), ctx.warnings(),
                errorCode, message, OffsetDateTime.now(ZoneOffset.UTC), ctx.id()));
    }

    /**
     * Ends a batch that failed or was interrupted after being opened, but only while it is still RUNNING, so an
     * outcome committed with the batch's data (BatchCompletion) is never overwritten. The rows of its committed
     * steps stay in the store and in its counts, with their issues; the rows after them count nothing and their
     * issues go (a resend reports them again). File-level warnings stay.
     *
     * @param message the batch's message, given what stayed applied
     * @return what stayed applied, or empty when the batch was not running any more
     */
    public Optional<AppliedPart> failIfRunning(String batchId, String errorCode, Function<AppliedPart, String> message) {
        return Optional.ofNullable(separateTx.execute(s -> {
            List<AppliedPart> running = jdbc.query("""
                    SELECT applied_through, accepted, unchanged FROM batch WHERE id = ? AND status = 'RUNNING' FOR UPDATE""",
                    (rs, n) -> new AppliedPart(rs.getLong("applied_through"), rs.getLong("accepted"),
                            rs.getLong("unchanged"), 0), batchId);
            if (running.isEmpty()) {
                return null;
            }
            long through = running.get(0).throughRow();
            jdbc.update("DELETE FROM batch_issue WHERE batch_id = ? AND row_no > ?", batchId, through);
            jdbc.update("DELETE FROM rejected_row WHERE batch_id = ? AND row_no > ?", batchId, through);
            Long rejected = jdbc.queryForObject("SELECT COUNT(*) FROM rejected_row WHERE batch_id = ?", Long.class, batchId);
            Long warnings = jdbc.queryForObject("SELECT COUNT(*) FROM batch_issue WHERE batch_id = ? AND severity = 'WARN'",
                    Long.class, batchId);
            AppliedPart applied = through == 0 ? AppliedPart.NOTHING
                    : new AppliedPart(through, running.get(0).accepted(), running.get(0).unchanged(), rejected == null ? 0 : rejected);
            jdbc.update("""
                    UPDATE batch SET status = ?, received = ?, accepted = ?, rejected = ?, unchanged = ?, warnings = ?,
                           error_code = ?, message = ?, finished_at = ?
                    WHERE id = ?""",
                    BatchStatus.FAILED.name(), applied.received(), applied.accepted(), applied.rejected(),
                    applied.unchanged(), warnings, errorCode, message.apply(applied), OffsetDateTime.now(ZoneOffset.UTC), batchId);
            return applied;
        }));
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
                rs.getObject("finished_at", OffsetDateTime.class),
                rs.getObject("cells_uploaded") == null ? null : rs.getLong("cells_uploaded"),
                rs.getString("cells_by_department") == null ? Map.of() : cellsFromJson(rs.getString("cells_by_department")));
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

    private Map<String, Long> cellsFromJson(String text) {
        try {
            return json.readValue(text, CELLS_BY_DEPARTMENT);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored cell counts are not a JSON object", e);
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

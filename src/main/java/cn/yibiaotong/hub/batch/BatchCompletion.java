package cn.yibiaotong.hub.batch;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.apache.camel.ExchangeProperty;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Last step inside the batch's transaction: the batch becomes COMPLETED with its counts in the same commit as its
 * resident data. A crash before the commit leaves neither (the batch stays RUNNING until {@link InterruptedBatches}
 * marks it interrupted); a crash after it leaves both. So a batch can never say "nothing stored" about data that
 * was stored, nor "completed" about data that was rolled back. The cells the batch saved (delivery.CellsSaved) are
 * stored with it.
 */
@Component
public class BatchCompletion {

    private final JdbcTemplate jdbc;
    private final ObjectMapper json;

    public BatchCompletion(JdbcTemplate jdbc, ObjectMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    public void record(@ExchangeProperty(IngestHeaders.BATCH_PROPERTY) BatchContext ctx) throws JsonProcessingException {
        jdbc.update("""
                UPDATE batch SET status = ?, received = ?, accepted = ?, rejected = ?, unchanged = ?, warnings = ?,
                       finished_at = ?, cells_uploaded = ?, cells_by_department = ?
                WHERE id = ?""",
                BatchStatus.COMPLETED.name(), ctx.received(), ctx.accepted(), ctx.rejected(), ctx.unchanged(),
                ctx.warnings(), OffsetDateTime.now(ZoneOffset.UTC), ctx.cellsUploaded(),
                json.writeValueAsString(ctx.cellsByDepartment()), ctx.id());
    }
}

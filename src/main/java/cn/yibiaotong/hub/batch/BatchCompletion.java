package cn.yibiaotong.hub.batch;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.apache.camel.ExchangeProperty;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Last step inside the batch's transaction: the batch becomes COMPLETED with its counts in the same commit as its
 * resident data. A crash before the commit leaves neither (the batch stays RUNNING until {@link InterruptedBatches}
 * marks it interrupted); a crash after it leaves both. So a batch can never say "nothing stored" about data that
 * was stored, nor "completed" about data that was rolled back.
 */
@Component
public class BatchCompletion {

    private final JdbcTemplate jdbc;

    public BatchCompletion(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public void record(@ExchangeProperty(IngestHeaders.BATCH_PROPERTY) BatchContext ctx) {
        jdbc.update("""
                UPDATE batch SET status = ?, received = ?, accepted = ?, rejected = ?, unchanged = ?, warnings = ?,
                       finished_at = ?
                WHERE id = ?""",
                BatchStatus.COMPLETED.name(), ctx.received(), ctx.accepted(), ctx.rejected(), ctx.unchanged(),
                ctx.warnings(), OffsetDateTime.now(ZoneOffset.UTC), ctx.id());
    }
}

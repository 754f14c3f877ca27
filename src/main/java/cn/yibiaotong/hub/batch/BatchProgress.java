package cn.yibiaotong.hub.batch;

import cn.yibiaotong.hub.normalize.NormalizedChunk;
import org.apache.camel.ExchangeProperty;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * While a batch is checked: counts each chunk's rows as received (the rejected ones were counted by
 * RejectionRecorder) and writes the running counts in their own small transaction, so GET /api/batches/{id} (and
 * an operator after a crash) sees how far a large file has got. Nothing is applied yet; while the batch is applied,
 * its counts are written with each committed step (BatchSteps).
 */
@Component
public class BatchProgress {

    private final JdbcTemplate jdbc;
    private final TransactionTemplate separateTx;

    public BatchProgress(JdbcTemplate jdbc, PlatformTransactionManager txManager) {
        this.jdbc = jdbc;
        this.separateTx = new TransactionTemplate(txManager);
        this.separateTx.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    public void report(NormalizedChunk chunk, @ExchangeProperty(IngestHeaders.BATCH_PROPERTY) BatchContext ctx) {
        ctx.countChecked(chunk.accepted().size());
        separateTx.executeWithoutResult(s -> jdbc.update("""
                UPDATE batch SET received = ?, accepted = ?, rejected = ?, unchanged = ?, warnings = ?
                WHERE id = ? AND status = 'RUNNING'""",
                ctx.received(), ctx.accepted(), ctx.rejected(), ctx.unchanged(), ctx.warnings(), ctx.id()));
    }
}

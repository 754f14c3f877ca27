package cn.yibiaotong.hub.batch;

import org.apache.camel.ExchangeProperty;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * After each chunk, the running counts of a batch are written in their own small transaction, so GET
 * /api/batches/{id} (and an operator after a crash) sees how far a large file has got. They are provisional: the
 * batch's data commits only at its end, and an interrupted batch is reset to no counts.
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

    public void report(@ExchangeProperty(IngestHeaders.BATCH_PROPERTY) BatchContext ctx) {
        separateTx.executeWithoutResult(s -> jdbc.update("""
                UPDATE batch SET received = ?, accepted = ?, rejected = ?, unchanged = ?, warnings = ?
                WHERE id = ? AND status = 'RUNNING'""",
                ctx.received(), ctx.accepted(), ctx.rejected(), ctx.unchanged(), ctx.warnings(), ctx.id()));
    }
}

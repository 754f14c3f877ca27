package cn.yibiaotong.hub.batch;

import cn.yibiaotong.hub.normalize.NormalizedChunk;
import org.apache.camel.ExchangeProperty;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionStatus;
import org.springframework.transaction.support.DefaultTransactionDefinition;

/**
 * The transactions of a batch's apply pass: one per step of {@code hub.ingest.step-rows} rows, each committing the
 * step's residents together with the batch's counts and the last row applied, so that what an interrupted batch
 * left in the store is exactly what its row says. A batch of at most one step is applied all or nothing, as is a
 * dry run of any size (its one transaction is rolled back). One transaction per million-row batch is what H2
 * cannot carry (bench/RESULTS.md: the file grew to tens of GB, the commit walked the whole undo log).
 * The splitter runs the steps' chunks one after another on one thread, to which Spring binds the transaction.
 */
@Component
public class BatchSteps {

    private final PlatformTransactionManager txManager;
    private final JdbcTemplate jdbc;
    private final long stepRows;

    public BatchSteps(PlatformTransactionManager txManager, JdbcTemplate jdbc,
                      @Value("${hub.ingest.step-rows:100}") long stepRows) {
        this.txManager = txManager;
        this.jdbc = jdbc;
        this.stepRows = stepRows;
    }

    public void begin(@ExchangeProperty(IngestHeaders.BATCH_PROPERTY) BatchContext ctx) {
        ctx.holdStep(txManager.getTransaction(new DefaultTransactionDefinition()));
    }

    /** Before each chunk of accepted records: they belong to the current step. */
    public void track(NormalizedChunk chunk, @ExchangeProperty(IngestHeaders.BATCH_PROPERTY) BatchContext ctx) {
        if (!chunk.accepted().isEmpty()) {
            ctx.stepRows(chunk.accepted().size(), chunk.accepted().get(chunk.accepted().size() - 1).row());
        }
    }

    /** After each chunk: a full step is committed and the next begun (a dry run's one step never is). */
    public void afterChunk(@ExchangeProperty(IngestHeaders.BATCH_PROPERTY) BatchContext ctx) {
        if (!ctx.dryRun() && ctx.rowsInStep() >= stepRows) {
            commit(ctx);
            begin(ctx);
        }
    }

    /** The last step: commits it with the batch's outcome, written before this in the same transaction. */
    public void end(@ExchangeProperty(IngestHeaders.BATCH_PROPERTY) BatchContext ctx) {
        commit(ctx);
    }

    /**
     * Rolls back the step still open, if any: a dry run's, or the one a failure interrupted. Called on the thread the
     * transaction is bound to, whatever happened (the route's doFinally), before the caller records the outcome.
     */
    public void abort(@ExchangeProperty(IngestHeaders.BATCH_PROPERTY) BatchContext ctx) {
        TransactionStatus step = ctx.releaseStep();
        if (step != null && !step.isCompleted()) {
            txManager.rollback(step);
        }
    }

    private void commit(BatchContext ctx) {
        ctx.markApplied();
        jdbc.update("""
                UPDATE batch SET received = ?, accepted = ?, rejected = ?, unchanged = ?, warnings = ?, applied_through = ?
                WHERE id = ?""",
                ctx.received(), ctx.accepted(), ctx.rejected(), ctx.unchanged(), ctx.warnings(), ctx.appliedThrough(),
                ctx.id());
        txManager.commit(ctx.releaseStep());
    }
}

package cn.yibiaotong.hub.batch;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Ends the batches that no process is working on any more: RUNNING in the store, not in {@link InFlightBatches}.
 * Their resident data was never committed (a batch's rows and its COMPLETED status commit together, see
 * {@link BatchCompletion}), so each becomes FAILED with code {@code interrupted}, no counts and a Chinese message
 * saying what to do. Runs at start-up and then periodically (route batch-recovery), so a batch whose close the
 * database refused while it was down is ended once it is back. Assumes one hub process per store (README).
 */
@Component
public class InterruptedBatches {

    public static final String CODE = "interrupted";
    public static final String MESSAGE = "处理中断：本批处理过程中中心服务意外停止或数据库连接中断，本批数据均未入库。"
            + "放入文件夹的文件若仍在原文件夹中，将自动重新处理；若已移至 .failed 文件夹，请移回原文件夹。"
            + "上传或推送的数据请重新提交一次。";
    private static final Logger LOG = LoggerFactory.getLogger(InterruptedBatches.class);

    private final JdbcTemplate jdbc;
    private final TransactionTemplate tx;
    private final InFlightBatches inFlight;

    public InterruptedBatches(JdbcTemplate jdbc, PlatformTransactionManager txManager, InFlightBatches inFlight) {
        this.jdbc = jdbc;
        this.tx = new TransactionTemplate(txManager);
        this.inFlight = inFlight;
    }

    /** @return how many batches were marked interrupted by this call */
    public int recover() {
        try {
            List<String> running = jdbc.queryForList("SELECT id FROM batch WHERE status = 'RUNNING'", String.class);
            int ended = 0;
            for (String id : running) {
                if (!inFlight.contains(id) && markInterrupted(id)) {
                    ended++;
                    LOG.warn("batch {} was interrupted (hub stopped or database lost mid-batch); marked FAILED", id);
                }
            }
            return ended;
        } catch (DataAccessException e) {
            // the store is unreachable: the next run ends these batches once it is back
            LOG.warn("interrupted batches not checked, store unavailable: {}", e.getClass().getSimpleName());
            return 0;
        }
    }

    private boolean markInterrupted(String id) {
        Integer updated = tx.execute(s -> {
            // row-level issues were saved as the batch went; none of its rows count now
            jdbc.update("DELETE FROM batch_issue WHERE batch_id = ? AND row_no IS NOT NULL", id);
            jdbc.update("DELETE FROM rejected_row WHERE batch_id = ?", id);
            // only a batch still RUNNING: one that completed meanwhile keeps its outcome
            return jdbc.update("""
                    UPDATE batch SET status = ?, received = 0, accepted = 0, rejected = 0, unchanged = 0,
                           error_code = ?, message = ?, finished_at = ?
                    WHERE id = ? AND status = 'RUNNING'""",
                    BatchStatus.FAILED.name(), CODE, MESSAGE, OffsetDateTime.now(ZoneOffset.UTC), id);
        });
        return updated != null && updated > 0;
    }
}

package cn.yibiaotong.hub.batch;

import cn.yibiaotong.hub.connector.ConnectorCatalog;
import cn.yibiaotong.hub.normalize.AcceptedRecords;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Ends the batches that no process is working on any more: RUNNING in the store, not in {@link InFlightBatches}.
 * Each becomes FAILED with code {@code interrupted} and a Chinese message saying what to do. What such a batch left
 * is what its committed steps applied ({@link BatchSteps}: rows, counts and the last row applied commit together):
 * nothing, for a batch stopped while it was checked or within its first step, and then it has no counts; otherwise
 * the rows up to its last committed step, with their counts, which the message states. Runs at start-up and then
 * periodically (route batch-recovery), so a batch whose close the database refused while it was down is ended once
 * it is back. Assumes one hub process per store (README).
 */
@Component
public class InterruptedBatches {

    public static final String CODE = "interrupted";
    public static final String MESSAGE = "处理中断：本批处理过程中中心服务意外停止或数据库连接中断，本批数据均未入库。"
            + "放入文件夹的文件若仍在原文件夹中，将自动重新处理；若已移至 .failed 文件夹，请移回原文件夹。"
            + "上传或推送的数据请重新提交一次。";
    private static final Logger LOG = LoggerFactory.getLogger(InterruptedBatches.class);

    private final JdbcTemplate jdbc;
    private final InFlightBatches inFlight;
    private final BatchStore store;
    private final ConnectorCatalog connectors;
    private final AcceptedRecords spills;

    public InterruptedBatches(JdbcTemplate jdbc, InFlightBatches inFlight, BatchStore store, ConnectorCatalog connectors,
                              AcceptedRecords spills) {
        this.jdbc = jdbc;
        this.inFlight = inFlight;
        this.store = store;
        this.connectors = connectors;
        this.spills = spills;
    }

    /** The message of a batch interrupted after some of its steps were committed. */
    static String partialMessage(AppliedPart applied, String unit) {
        return "处理中断：中心服务意外停止或数据库连接中断。" + applied.sentence(unit)
                + "放入文件夹的文件若仍在原文件夹中，将自动重新处理；若已移至 .failed 文件夹，请移回原文件夹。"
                + "上传或推送的数据请重新提交一次。" + AppliedPart.resendNote();
    }

    /** @return how many batches were marked interrupted by this call */
    public int recover() {
        try {
            List<Map<String, Object>> running = jdbc.queryForList("SELECT id, connector_id FROM batch WHERE status = 'RUNNING'");
            int ended = 0;
            for (Map<String, Object> batch : running) {
                String id = (String) batch.get("id");
                String unit = connectors.find((String) batch.get("connector_id")).map(c -> c.format().unit()).orElse("行");
                if (!inFlight.contains(id) && store.failIfRunning(id, CODE,
                        applied -> applied.any() ? partialMessage(applied, unit) : MESSAGE).isPresent()) {
                    ended++;
                    spills.forget(id);
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
}

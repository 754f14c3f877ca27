package cn.yibiaotong.hub.batch;

import static org.assertj.core.api.Assertions.assertThat;

import cn.yibiaotong.hub.testing.HubApiTest;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The recovery of batches left RUNNING: only those no process works on are ended, with their row-level issues;
 * a batch in flight here and a batch that already completed keep their state. Under kill -9: crash.IngestCrashTest.
 */
class InterruptedBatchesTest extends HubApiTest {

    @Autowired
    InterruptedBatches recovery;
    @Autowired
    InFlightBatches inFlight;

    private void batch(String id, String status) {
        jdbc.update("""
                INSERT INTO batch (id, connector_id, channel, status, dry_run, received, accepted, started_at)
                VALUES (?, 'street-roster', 'upload', ?, FALSE, 500, 480, ?)""", id, status, OffsetDateTime.now(ZoneOffset.UTC));
        jdbc.update("INSERT INTO batch_issue (batch_id, row_no, severity, message) VALUES (?, 7, 'REJECT', '第 7 行')", id);
        jdbc.update("INSERT INTO batch_issue (batch_id, row_no, severity, message) VALUES (?, NULL, 'WARN', '多余列')", id);
    }

    @Test
    void aRunningBatchNoProcessWorksOnBecomesFailedInterruptedWithoutCountsOrRowIssues() {
        batch("left-behind", "RUNNING");
        batch("live", "RUNNING");
        batch("done", "COMPLETED");
        inFlight.started("live");
        try {
            assertThat(recovery.recover()).isEqualTo(1);
            assertThat(recovery.recover()).as("nothing left to end while the live batch runs").isZero();
        } finally {
            inFlight.ended("live");
        }
        assertThat(jdbc.queryForMap("SELECT status, error_code, message, received, accepted FROM batch WHERE id = 'left-behind'"))
                .containsEntry("STATUS", "FAILED").containsEntry("ERROR_CODE", "interrupted")
                .containsEntry("MESSAGE", InterruptedBatches.MESSAGE).containsEntry("RECEIVED", 0)
                .containsEntry("ACCEPTED", 0);
        assertThat(store.count("SELECT COUNT(*) FROM batch_issue WHERE batch_id = 'left-behind'")).as("file-level warning kept")
                .isEqualTo(1);
        assertThat(jdbc.queryForObject("SELECT status FROM batch WHERE id = 'live'", String.class)).isEqualTo("RUNNING");
        assertThat(jdbc.queryForObject("SELECT status FROM batch WHERE id = 'done'", String.class)).isEqualTo("COMPLETED");
        assertThat(store.count("SELECT COUNT(*) FROM batch_issue WHERE batch_id IN ('live', 'done')")).isEqualTo(4);
        assertThat(recovery.recover()).as("once no process works on it, the live batch is ended too").isEqualTo(1);
    }
}

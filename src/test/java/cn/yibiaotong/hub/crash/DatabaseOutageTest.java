package cn.yibiaotong.hub.crash;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import cn.yibiaotong.hub.batch.InterruptedBatches;
import cn.yibiaotong.hub.testing.CrashStore;
import cn.yibiaotong.hub.testing.HubProcess;
import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 10, case 3: the PostgreSQL server stops (pg_ctl stop) while the hub reads a large dropped roster, and starts
 * again on the same data. The batch fails cleanly: nothing of it is in the store, health says DOWN while the
 * database is away, and once it is back the batch and the connector's status say in Chinese what happened and
 * what to do; the file, put back as the message says, is then read whole.
 */
class DatabaseOutageTest {

    @TempDir
    Path root;

    @Test
    void postgresStoppedMidBatchLeavesNothingHalfAppliedAndTheStatusSaysWhatHappened() throws Exception {
        try (CrashStore.Postgres store = CrashStore.postgres(root)) {
            List<String> settings = new ArrayList<>(store.hubSettings());
            settings.add("--hub.batch.recovery-interval-ms=1000");
            // one step for the whole file, so that the outage lands before anything of it could be committed
            settings.add("--hub.ingest.step-rows=100000");
            HubProcess hub = new HubProcess("database-outage", root, settings);
            try {
                hub.start();
                CrashRoster roster = new CrashRoster(0, 6_000);
                Path inbox = root.resolve("data/inbox/street-roster");
                roster.dropInto(inbox, "roster.csv");
                String batchId = IngestCrashTest.runningWithRowsCounted(hub).path("batchId").asText();

                store.stop();
                await().atMost(Duration.ofSeconds(60)).until(() -> !hub.healthy());
                Path failed = inbox.resolve(".failed/roster.csv");
                await().atMost(Duration.ofSeconds(60)).until(() -> Files.exists(failed));
                store.start();
                await().atMost(Duration.ofSeconds(60)).until(hub::healthy);

                IngestCrashTest.assertInterrupted(hub, batchId);
                JsonNode status = hub.connector("street-roster").path("lastBatch");
                assertThat(status.path("batchId").asText()).isEqualTo(batchId);
                assertThat(status.path("message").asText()).contains("数据库连接中断").contains(".failed");
                store.read(s -> {
                    assertThat(s.residents()).isZero();
                    assertThat(s.recordVersions()).isZero();
                    assertThat(s.count("SELECT COUNT(*) FROM batch_row")).isZero();
                    assertThat(s.count("SELECT COUNT(*) FROM batch_issue WHERE row_no IS NOT NULL")).isZero();
                    return null;
                });

                // the operator does what the message says: the file goes back into the folder
                Files.move(failed, inbox.resolve("roster.csv"));
                JsonNode done = await().atMost(Duration.ofMinutes(2)).until(
                        () -> hub.connector("street-roster").path("lastBatch"),
                        b -> b.path("status").asText().equals("COMPLETED"));
                IngestCrashTest.assertComplete(done, roster);
                store.read(s -> {
                    assertThat(s.residents()).isEqualTo(roster.good());
                    assertThat(s.recordVersions()).isEqualTo(roster.good());
                    assertThat(s.count("SELECT COUNT(*) FROM batch WHERE status = 'RUNNING'")).isZero();
                    return null;
                });
                assertThat(hub.get("/actuator/health/hub").path("details")
                        .path("batchesInterrupted").asLong()).isEqualTo(1);
            } finally {
                hub.stop();
            }
        }
    }
}

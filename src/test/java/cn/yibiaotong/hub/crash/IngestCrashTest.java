package cn.yibiaotong.hub.crash;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import cn.yibiaotong.hub.batch.InterruptedBatches;
import cn.yibiaotong.hub.testing.CrashStore;
import cn.yibiaotong.hub.testing.HubProcess;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Issue 10, case 1: the hub is killed (SIGKILL) while it reads a large roster from the drop folder, and again while
 * it reads an HTTP upload, on H2 and on PostgreSQL, each file applied in one step (hub.ingest.step-rows). After
 * each restart the interrupted batch is FAILED with a Chinese reason (never RUNNING for ever), the dropped file is
 * read again from the start in a fresh batch, the upload's sender saw a failure and can resend, and the store holds
 * exactly what an undisturbed run of the two files holds: every good row once, one version each, the counts of two
 * complete batches.
 */
class IngestCrashTest {

    private static final String ROSTER = "street-roster";
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path root;

    @ParameterizedTest
    @ValueSource(strings = {"h2", "postgres"})
    void killedMidIngestTheHubEndsAsAnUndisturbedRunWould(String kind) throws Exception {
        try (CrashStore store = kind.equals("h2") ? CrashStore.h2(root) : CrashStore.postgres(root)) {
            // one step for the whole file: the all-or-nothing case (a batch of many steps: StepCrashTest)
            List<String> settings = new ArrayList<>(store.hubSettings());
            settings.add("--hub.ingest.step-rows=100000");
            HubProcess hub = new HubProcess("ingest-" + kind, root, settings);
            try {
                CrashRoster dropped = new CrashRoster(0, 6_000);
                CrashRoster uploaded = new CrashRoster(1_000_000, 6_000);
                hub.start();

                // the drop folder: killed mid-file, read again from the start after the restart
                Path inbox = root.resolve("data/inbox/street-roster");
                dropped.dropInto(inbox, "roster-1.csv");
                String firstTry = runningWithRowsCounted(hub).path("batchId").asText();
                hub.kill();
                assertThat(Files.exists(inbox.resolve("roster-1.csv"))).as("the file stays in the inbox").isTrue();
                hub.start();
                assertInterrupted(hub, firstTry);
                JsonNode again = await().atMost(Duration.ofMinutes(3)).until(() -> hub.connector(ROSTER).path("lastBatch"),
                        b -> b.path("status").asText().equals("COMPLETED"));
                assertThat(again.path("batchId").asText()).isNotEqualTo(firstTry);
                assertComplete(again, dropped);
                await().atMost(Duration.ofSeconds(60)).until(() -> Files.notExists(inbox.resolve("roster-1.csv")));

                // an upload: the sender sees the connection fail, the batch ends interrupted, a resend completes
                byte[] file = uploaded.bytes();
                CompletableFuture<HttpResponse<String>> sent = CompletableFuture.supplyAsync(() -> {
                    try {
                        return hub.upload(ROSTER, "roster-2.csv", file);
                    } catch (IOException e) {
                        throw new java.io.UncheckedIOException(e);
                    }
                });
                String uploadTry = runningWithRowsCounted(hub).path("batchId").asText();
                hub.kill();
                assertThatThrownBy(sent::get).isInstanceOf(ExecutionException.class)
                        .hasRootCauseInstanceOf(IOException.class);
                hub.start();
                assertInterrupted(hub, uploadTry);
                HttpResponse<String> resent = hub.upload(ROSTER, "roster-2.csv", file);
                assertThat(resent.statusCode()).isEqualTo(201);
                assertComplete(JSON.readTree(resent.body()), uploaded);

                JsonNode one = hub.get("/api/residents/" + CrashRoster.idNumber(1_000_001));
                assertThat(one.toString()).contains("张一零零零零零一");
                hub.stop();

                Set<String> expected = new HashSet<>(dropped.expectedIds());
                expected.addAll(uploaded.expectedIds());
                store.read(s -> {
                    UndisturbedRun.assertEachResidentOnce(s, expected);
                    assertThat(s.count("SELECT COUNT(*) FROM batch_row")).isEqualTo(expected.size());
                    assertThat(s.count("SELECT COUNT(*) FROM batch WHERE status = 'RUNNING'")).isZero();
                    assertThat(s.count("SELECT COALESCE(SUM(accepted), 0) FROM batch WHERE status = 'COMPLETED'"))
                            .isEqualTo(expected.size());
                    assertThat(s.count("SELECT COUNT(*) FROM batch WHERE error_code = ?", InterruptedBatches.CODE))
                            .isEqualTo(2);
                    assertThat(s.count("SELECT COUNT(*) FROM batch_issue i JOIN batch b ON b.id = i.batch_id "
                            + "WHERE b.error_code = ? AND i.row_no IS NOT NULL", InterruptedBatches.CODE)).isZero();
                    return null;
                });
            } finally {
                hub.stop();
            }
        }
    }

    /** The kill is triggered by what the hub shows, not by a timer: a batch RUNNING with rows already counted. */
    static JsonNode runningWithRowsCounted(HubProcess hub) {
        return await().atMost(Duration.ofMinutes(2)).pollInterval(Duration.ofMillis(50))
                .until(() -> hub.connector(ROSTER).path("lastBatch"),
                        b -> b.path("status").asText().equals("RUNNING") && b.path("received").asLong() > 0);
    }

    static void assertInterrupted(HubProcess hub, String batchId) {
        JsonNode batch = await().atMost(Duration.ofSeconds(60)).until(() -> hub.get("/api/batches/" + batchId),
                b -> !b.path("status").asText().equals("RUNNING"));
        assertThat(batch.path("status").asText()).isEqualTo("FAILED");
        assertThat(batch.path("errorCode").asText()).isEqualTo(InterruptedBatches.CODE);
        assertThat(batch.path("message").asText()).isEqualTo(InterruptedBatches.MESSAGE);
        assertThat(batch.path("received").asLong()).isZero();
        assertThat(batch.path("accepted").asLong()).isZero();
    }

    static void assertComplete(JsonNode report, CrashRoster roster) {
        assertThat(report.path("status").asText()).isEqualTo("COMPLETED");
        assertThat(List.of(report.path("received").asLong(), report.path("accepted").asLong(),
                report.path("rejected").asLong(), report.path("unchanged").asLong()))
                .isEqualTo(List.of((long) roster.rows(), roster.good(), roster.rejected(), 0L));
    }
}

package cn.yibiaotong.hub.crash;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import cn.yibiaotong.hub.testing.CrashStore;
import cn.yibiaotong.hub.testing.HubProcess;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 10, case 2: a roster copied slowly into the drop folder is not read until the copy is complete. The hub runs
 * with its real default drop settings (config/application.yaml: readLock=changed, a file is read once unchanged for
 * 3 s, checked every 1 s). The copy writes a piece every 2 s (twice the check interval: two looks in a row can see
 * the same size) for longer than Camel's 10 s read-lock timeout (after which the hub gives up on the file for that
 * poll and looks again at the next), and the file must still be read once, whole.
 */
class SlowCopyTest {

    private static final int PIECES = 12;
    private static final int ROWS_PER_PIECE = 50;

    @TempDir
    Path root;

    @Test
    void aFileStillBeingCopiedIsReadOnlyOnceCompleteAndWhole() throws Exception {
        CrashStore store = CrashStore.h2(root);
        HubProcess hub = new HubProcess("slow-copy", root, store.hubSettings());
        ScheduledExecutorService copier = Executors.newSingleThreadScheduledExecutor();
        try {
            hub.start();
            Path inbox = Files.createDirectories(root.resolve("data/inbox/street-roster"));
            Path target = inbox.resolve("slow-roster.csv");
            CrashRoster roster = new CrashRoster(0, PIECES * ROWS_PER_PIECE);
            OutputStream out = Files.newOutputStream(target);
            out.write(CrashRoster.HEADER.getBytes(StandardCharsets.UTF_8));
            out.flush();
            AtomicInteger written = new AtomicInteger();
            long copyStarted = System.nanoTime();
            copier.scheduleAtFixedRate(() -> {
                int piece = written.get();
                try {
                    if (piece == PIECES) {
                        out.close();
                        throw new IllegalStateException("copy complete");
                    }
                    StringBuilder rows = new StringBuilder();
                    for (int i = piece * ROWS_PER_PIECE; i < (piece + 1) * ROWS_PER_PIECE; i++) {
                        rows.append(CrashRoster.row(i));
                    }
                    out.write(rows.toString().getBytes(StandardCharsets.UTF_8));
                    out.flush();
                    written.incrementAndGet();
                } catch (java.io.IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            }, 2, 2, TimeUnit.SECONDS);

            // while the copy runs, the hub has made no batch of it
            await().atMost(Duration.ofMinutes(2)).pollInterval(Duration.ofMillis(200)).until(() -> {
                assertThat(hub.connector("street-roster").path("lastBatch").isMissingNode()
                        || hub.connector("street-roster").path("lastBatch").isNull())
                        .as("no batch while only %d of %d pieces are written", written.get(), PIECES).isTrue();
                return written.get() == PIECES;
            });
            long copySeconds = TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - copyStarted);
            assertThat(copySeconds).as("the copy outlasts the read-lock timeout").isGreaterThan(10);

            JsonNode batch = await().atMost(Duration.ofMinutes(1)).until(
                    () -> hub.connector("street-roster").path("lastBatch"),
                    b -> b.path("status").asText().equals("COMPLETED"));
            IngestCrashTest.assertComplete(batch, roster);
            hub.stop();
            store.read(s -> {
                assertThat(s.count("SELECT COUNT(*) FROM batch")).as("read once").isEqualTo(1);
                assertThat(s.residents()).isEqualTo(roster.good());
                return null;
            });
        } finally {
            copier.shutdownNow();
            hub.stop();
        }
    }
}

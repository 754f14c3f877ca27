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
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A batch larger than one step (here 1,000 rows: hub.ingest.step-rows) is killed (SIGKILL) after some of its steps
 * committed. After the restart it is FAILED "interrupted", keeps exactly the rows of its committed steps with their
 * counts and says which rows those are; the dropped file, still in the inbox, is read again from the start, the rows
 * already applied count as unchanged, and the store ends as an undisturbed run would: every good row once, with one
 * version each.
 */
class StepCrashTest {

    private static final String ROSTER = "street-roster";

    @TempDir
    Path root;

    @Test
    void killedAfterSomeStepsTheBatchKeepsThemAndTheFileReadAgainCompletesIt() throws Exception {
        try (CrashStore store = CrashStore.h2(root)) {
            List<String> settings = new ArrayList<>(store.hubSettings());
            settings.add("--hub.ingest.step-rows=1000");
            HubProcess hub = new HubProcess("steps-h2", root, settings);
            try {
                CrashRoster roster = new CrashRoster(2_000_000, 12_000);
                hub.start();
                Path inbox = root.resolve("data/inbox/street-roster");
                roster.dropInto(inbox, "roster.csv");
                // killed once two steps have committed. Not after the first: H2 shows a transaction's rows to other
                // sessions while its commit is still being written, so a count seen at that moment may not yet
                // survive a kill; the second step's commit begins only after the first's has been written.
                String batchId = await().atMost(Duration.ofMinutes(2)).pollInterval(Duration.ofMillis(20))
                        .until(() -> hub.connector(ROSTER).path("lastBatch"),
                                b -> b.path("status").asText().equals("RUNNING") && b.path("accepted").asLong() >= 1_500)
                        .path("batchId").asText();
                hub.kill();
                assertThat(Files.exists(inbox.resolve("roster.csv"))).as("the file stays in the inbox").isTrue();
                hub.start();

                JsonNode interrupted = await().atMost(Duration.ofSeconds(60)).until(() -> hub.get("/api/batches/" + batchId),
                        b -> !b.path("status").asText().equals("RUNNING"));
                long applied = interrupted.path("accepted").asLong();
                Matcher stated = Pattern.compile("本批第 1 至第 (\\d+) 行已入库").matcher(interrupted.path("message").asText());
                assertThat(stated.find()).as("the message says which rows stayed: %s", interrupted).isTrue();
                long through = Long.parseLong(stated.group(1));
                assertThat(interrupted.path("status").asText()).isEqualTo("FAILED");
                assertThat(interrupted.path("errorCode").asText()).isEqualTo(InterruptedBatches.CODE);
                assertThat(through).as("killed part-way through the file").isBetween(1_000L, 11_999L);
                assertThat(interrupted.path("message").asText()).startsWith("处理中断：中心服务意外停止或数据库连接中断。本批第 1 至第 "
                        + through + " 行已入库（入库 " + applied + " 行、未变化 0 行、不合格 "
                        + interrupted.path("rejected").asLong() + " 行），之后的行均未入库。");
                // the header is row 1: rows 2..through are roster entries 0..through-2, one in a hundred bad
                long rowsApplied = through - 1;
                long badApplied = countBad(roster, rowsApplied);
                assertThat(List.of(interrupted.path("received").asLong(), applied, interrupted.path("rejected").asLong(),
                        interrupted.path("unchanged").asLong()))
                        .isEqualTo(List.of(rowsApplied, rowsApplied - badApplied, badApplied, 0L));

                JsonNode again = await().atMost(Duration.ofMinutes(3)).until(() -> hub.connector(ROSTER).path("lastBatch"),
                        b -> b.path("status").asText().equals("COMPLETED"));
                assertThat(again.path("batchId").asText()).isNotEqualTo(batchId);
                assertThat(List.of(again.path("received").asLong(), again.path("accepted").asLong(),
                        again.path("rejected").asLong(), again.path("unchanged").asLong()))
                        .isEqualTo(List.of((long) roster.rows(), roster.good() - applied, roster.rejected(), applied));
                hub.stop();

                Set<String> expected = new HashSet<>(roster.expectedIds());
                store.read(s -> {
                    UndisturbedRun.assertEachResidentOnce(s, expected);
                    assertThat(s.count("SELECT COUNT(*) FROM batch_row WHERE batch_id = ?", batchId)).isEqualTo(applied);
                    assertThat(s.count("SELECT applied_through FROM batch WHERE id = ?", batchId)).isEqualTo(through);
                    assertThat(s.count("SELECT COUNT(*) FROM rejected_row WHERE batch_id = ?", batchId))
                            .as("rejections past the last committed step are forgotten").isEqualTo(badApplied);
                    assertThat(s.count("SELECT COUNT(*) FROM batch WHERE status = 'RUNNING'")).isZero();
                    return null;
                });
            } finally {
                hub.stop();
            }
        }
    }

    private static long countBad(CrashRoster roster, long rows) {
        long bad = 0;
        for (int i = 0; i < rows; i++) {
            if (CrashRoster.bad(roster.first() + i)) {
                bad++;
            }
        }
        return bad;
    }
}

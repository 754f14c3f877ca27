package cn.yibiaotong.hub.crash;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import cn.yibiaotong.hub.testing.CrashStore;
import cn.yibiaotong.hub.testing.HubProcess;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashSet;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 10, case 7: a department system pushes without pause while the hub is killed (SIGKILL) and restarted ten
 * times. Like a real department it resends a push that got no answer, with the same Idempotency-Key, until the hub
 * answers. At the end every push the department saw accepted is in the view exactly once, and the hub counted each
 * push once: accepted pushes × records per push = residents = the sum of the completed batches' accepted counts.
 */
class PushRestartTest {

    private static final String CONNECTOR = "health-elderly-checks";
    private static final int PER_PUSH = 5;
    private static final int CYCLES = 10;
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path root;

    @Test
    void tenKillsDuringAStreamOfPushesLoseNoPushAndCountNoneTwice() throws Exception {
        CrashStore store = CrashStore.h2(root);
        HubProcess hub = new HubProcess("push-restarts", root, store.hubSettings());
        AtomicInteger accepted = new AtomicInteger();
        AtomicInteger retried = new AtomicInteger();
        AtomicInteger repeatedAnswers = new AtomicInteger();
        AtomicBoolean stop = new AtomicBoolean();
        try {
            hub.start();
            CompletableFuture<Void> department = CompletableFuture.runAsync(() -> {
                for (int push = 0; !stop.get(); push++) {
                    int p = push;
                    // the department's own resend policy: the same push, same key, until an answer comes
                    await().atMost(Duration.ofMinutes(3)).pollInterval(Duration.ofMillis(100)).until(() -> {
                        HttpResponse<String> answer;
                        try {
                            answer = hub.postJson("/api/inbound/" + CONNECTOR, body(p), Duration.ofSeconds(20),
                                    "Idempotency-Key", "wjj-push-" + p);
                        } catch (IOException noAnswer) {
                            retried.incrementAndGet();
                            return false;
                        }
                        if (answer.statusCode() == 503) {
                            // the hub is starting: nothing was read, so the department sends the push again
                            retried.incrementAndGet();
                            return false;
                        }
                        assertThat(answer.statusCode()).as(answer.body()).isIn(200, 201);
                        JsonNode report = JSON.readTree(answer.body());
                        assertThat(report.path("status").asText()).isEqualTo("COMPLETED");
                        if (answer.statusCode() == 200) {
                            repeatedAnswers.incrementAndGet();
                        }
                        return true;
                    });
                    accepted.incrementAndGet();
                }
            });
            for (int cycle = 0; cycle < CYCLES; cycle++) {
                int before = accepted.get();
                // killed while pushes flow: after a few answered pushes since this start
                await().atMost(Duration.ofMinutes(2)).until(() -> accepted.get() >= before + 3 || department.isDone());
                assertThat(department).isNotDone();
                hub.kill();
                hub.start();
            }
            int seen = accepted.get();
            await().atMost(Duration.ofMinutes(1)).until(() -> accepted.get() >= seen + 3);
            stop.set(true);
            department.join();
            hub.stop();

            int pushes = accepted.get();
            Set<String> expected = new HashSet<>();
            for (int p = 0; p < pushes; p++) {
                for (int r = 0; r < PER_PUSH; r++) {
                    expected.add(CrashRoster.idNumber(p * PER_PUSH + r));
                }
            }
            store.read(s -> {
                assertThat(new HashSet<>(s.jdbc().queryForList("SELECT id_number FROM resident", String.class)))
                        .isEqualTo(expected);
                assertThat(s.recordVersions()).isEqualTo((long) pushes * PER_PUSH);
                assertThat(s.count("SELECT COALESCE(SUM(accepted), 0) FROM batch WHERE status = 'COMPLETED'"))
                        .isEqualTo((long) pushes * PER_PUSH);
                assertThat(s.count("SELECT COUNT(*) FROM batch WHERE status = 'COMPLETED'")).isEqualTo(pushes);
                assertThat(s.count("SELECT COUNT(*) FROM batch WHERE status = 'RUNNING'")).isZero();
                return null;
            });
            System.out.printf("push-restarts: %d pushes accepted, %d resends after no answer or 503, %d answered from an "
                    + "earlier batch%n", pushes, retried.get(), repeatedAnswers.get());
        } finally {
            stop.set(true);
            hub.stop();
        }
    }

    /** Push {@code p}: residents p*5 … p*5+4, in the health department's own field names and codes. */
    private static String body(int p) {
        StringBuilder b = new StringBuilder("{\"jgdm\":\"510112-WJJ\",\"records\":[");
        for (int r = 0; r < PER_PUSH; r++) {
            String id = CrashRoster.idNumber(p * PER_PUSH + r);
            b.append(r == 0 ? "" : ",").append("{\"sfzh\":\"").append(id).append("\",\"xm\":\"王")
                    .append("零一二三四五六七八九".charAt(r)).append("\",\"xb\":\"")
                    .append((id.charAt(16) - '0') % 2 == 1 ? "M" : "F").append("\"}");
        }
        return b.append("]}").toString();
    }
}

package cn.yibiaotong.hub.crash;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import cn.yibiaotong.hub.testing.CrashStore;
import cn.yibiaotong.hub.testing.DepartmentStub;
import cn.yibiaotong.hub.testing.HubProcess;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 10, case 5: the hub is killed (SIGKILL) while two departments (卫健 and 人社, real HTTP servers on loopback)
 * hold its deliveries without having answered. After the restart each delivery's lease runs out, the retry route
 * sends it again with the same Idempotency-Key (the delivery id), and each department counts each delivery once.
 */
class DeliveryCrashTest {

    @TempDir
    Path root;

    @Test
    void deliveriesInFlightWhenTheHubDiesAreSentAgainAndReceivedOnce() throws Exception {
        CrashStore store = CrashStore.h2(root);
        try (DepartmentStub departments = new DepartmentStub()) {
            List<String> settings = new ArrayList<>(store.hubSettings());
            settings.addAll(List.of("--hub.delivery.endpoints.health=" + departments.url("/wjj/elderly"),
                    "--hub.delivery.endpoints.human-resources=" + departments.url("/rsj/persons"),
                    // a restarted hub takes an unanswered delivery again once its lease has run out
                    "--hub.delivery.lease-seconds=2", "--hub.delivery.poll-ms=300"));
            HubProcess hub = new HubProcess("deliveries", root, settings);
            try {
                hub.start();
                CrashRoster elderly = new CrashRoster(0, 30);
                assertThat(hub.upload("street-roster", "roster.csv", elderly.bytes()).statusCode()).isEqualTo(201);

                departments.holdAnswers();
                for (String department : List.of("health", "human-resources")) {
                    CompletableFuture.runAsync(() -> deliver(hub, department));
                }
                await().atMost(Duration.ofSeconds(60)).until(() -> departments.requests().size() == 2);
                hub.kill();
                departments.release();
                Set<String> ids = departments.requests().stream().map(DepartmentStub.Received::idempotencyKey)
                        .collect(Collectors.toSet());
                assertThat(ids).hasSize(2).doesNotContainNull();

                hub.start();
                for (String id : ids) {
                    JsonNode d = await().atMost(Duration.ofSeconds(60)).until(() -> hub.get("/api/deliveries/" + id),
                            x -> x.path("status").asText().equals("DELIVERED"));
                    assertThat(d.path("attempts").asInt()).isEqualTo(2);
                }
                Map<String, Long> sends = departments.requests().stream().collect(
                        Collectors.groupingBy(DepartmentStub.Received::idempotencyKey, Collectors.counting()));
                assertThat(sends).isEqualTo(ids.stream().collect(Collectors.toMap(id -> id, id -> 2L)));
                assertThat(departments.accepted().keySet()).as("each department counted each delivery once")
                        .isEqualTo(ids);
                assertThat(departments.requests()).extracting(DepartmentStub.Received::path)
                        .containsExactlyInAnyOrder("/wjj/elderly", "/rsj/persons", "/wjj/elderly", "/rsj/persons");
                assertThat(hub.get("/actuator/health/hub").path("details")
                        .path("deliveriesPending").asLong()).isZero();
            } finally {
                hub.stop();
            }
        }
    }

    private static void deliver(HubProcess hub, String department) {
        try {
            hub.postJson("/api/deliveries", "{\"department\":\"" + department
                    + "\",\"division\":\"510112001001\",\"period\":\"2026-11\"}", Duration.ofMinutes(2));
        } catch (IOException answerLostWithTheHub) {
            // the hub is killed before it answers; the delivery's state is in the store
        }
    }
}

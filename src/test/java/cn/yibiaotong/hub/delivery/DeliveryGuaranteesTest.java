package cn.yibiaotong.hub.delivery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import cn.yibiaotong.hub.testing.DeliveryApiTest;
import cn.yibiaotong.hub.testing.DepartmentStub;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.util.Map;
import org.apache.camel.CamelContext;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Delivery guarantees against a real department endpoint on loopback: a department that is down is retried
 * with back-off and gets the file once it recovers; after the last attempt the delivery is a dead letter that
 * can be sent again; a retried delivery carries the same Idempotency-Key, so a receiver that honours it counts
 * it once; an attempt abandoned mid-way (the hub stopped) is taken up again from the database.
 */
class DeliveryGuaranteesTest extends DeliveryApiTest {

    private static final Duration WAIT = Duration.ofSeconds(20);

    @Autowired
    CamelContext camel;
    @Autowired
    ScheduledDeliveries scheduled;

    @Test
    void departmentDownIsRetriedWithBackOffAndGetsTheFileWhenItRecovers() throws Exception {
        DEPARTMENT.failNext(1);

        JsonNode first = json.readTree(deliver("health", "510112001", "2026-11").getBody());

        String id = first.get("id").asText();
        assertThat(first.get("status").asText()).isEqualTo("RETRYING");
        assertThat(first.get("attempts").asInt()).isEqualTo(1);
        assertThat(first.get("responseStatus").asInt()).isEqualTo(503);
        assertThat(first.get("lastError").asText()).isEqualTo("接收方返回 HTTP 503");
        // the connector's back-off: 60 s before the first retry
        assertThat(OffsetDateTime.parse(first.get("nextAttemptAt").asText()))
                .isBetween(OffsetDateTime.now().plusSeconds(50), OffsetDateTime.now().plusSeconds(61));

        backoffElapses(id);
        await().atMost(WAIT).until(() -> delivery(id).get("status").asText().equals("DELIVERED"));

        JsonNode done = delivery(id);
        assertThat(done.get("attempts").asInt()).isEqualTo(2);
        assertThat(done.get("responseStatus").asInt()).isEqualTo(200);
        assertThat(done.has("nextAttemptAt")).isFalse();
        assertThat(DEPARTMENT.requests()).extracting(DepartmentStub.Received::idempotencyKey).containsExactly(id, id);
        assertThat(DEPARTMENT.accepted()).containsOnlyKeys(id);
    }

    @Test
    void afterTheLastAttemptTheDeliveryIsADeadLetterThatCanBeSentAgain() throws Exception {
        DEPARTMENT.failNext(1000);
        String id = json.readTree(deliver("health", "510112001", "2026-11").getBody()).get("id").asText();
        for (int attempt = 2; attempt <= 4; attempt++) {
            int expected = attempt;
            backoffElapses(id);
            await().atMost(WAIT).until(() -> delivery(id).get("attempts").asInt() == expected
                    && !delivery(id).get("status").asText().equals("SENDING"));
        }

        JsonNode dead = delivery(id);
        assertThat(dead.get("status").asText()).isEqualTo("DEAD_LETTER");
        assertThat(dead.has("nextAttemptAt")).isFalse();
        assertThat(dead.get("lastError").asText()).isEqualTo("接收方返回 HTTP 503；已尝试 4 次，转入死信列表，"
                + "排除故障后可 POST /api/deliveries/" + id + "/resend 重新发送");
        JsonNode deadLetters = json.readTree(http.getForObject("/api/deliveries?status=DEAD_LETTER", String.class));
        assertThat(deadLetters).extracting(d -> d.get("id").asText()).containsExactly(id);
        assertThat(DEPARTMENT.accepted()).isEmpty();

        DEPARTMENT.failNext(0);
        JsonNode resent = json.readTree(http.postForEntity("/api/deliveries/" + id + "/resend", null, String.class).getBody());

        assertThat(resent.get("status").asText()).isEqualTo("DELIVERED");
        assertThat(resent.get("attempts").asInt()).isEqualTo(5);
        assertThat(DEPARTMENT.accepted()).containsOnlyKeys(id);
        var again = http.postForEntity("/api/deliveries/" + id + "/resend", null, String.class);
        assertThat(again.getStatusCode().value()).isEqualTo(409);
        assertThat(json.readTree(again.getBody()).get("detail").asText()).isEqualTo("报送 " + id
                + " 的状态是 DELIVERED，只有死信（DEAD_LETTER）可以重新发送；正在重试的报送会按计划自动再发。");
    }

    @Test
    void aRetryAfterALostAnswerCarriesTheSameKeyAndIsCountedOnce() throws Exception {
        DEPARTMENT.storeThenFailNext(1);
        String id = json.readTree(deliver("human-resources", "510112001", "2026-11").getBody()).get("id").asText();
        assertThat(delivery(id).get("status").asText()).isEqualTo("RETRYING");

        backoffElapses(id);
        await().atMost(WAIT).until(() -> delivery(id).get("status").asText().equals("DELIVERED"));

        assertThat(DEPARTMENT.requests()).hasSize(2).allSatisfy(r -> assertThat(r.idempotencyKey()).isEqualTo(id));
        assertThat(DEPARTMENT.requests().get(0).body()).isEqualTo(DEPARTMENT.requests().get(1).body());
        assertThat(DEPARTMENT.accepted()).hasSize(1);
        assertThat(delivery(id).get("responseBody").asText()).isEqualTo("{\"received\":true,\"duplicate\":true}");
    }

    @Test
    void anAttemptAbandonedWhenTheHubStoppedIsTakenUpAgainFromTheDatabase() throws Exception {
        DEPARTMENT.failNext(1);
        String id = json.readTree(deliver("health", "510112001", "2026-11").getBody()).get("id").asText();
        // what a hub killed in the middle of an attempt leaves behind: a claim whose lease has run out
        jdbc.update("UPDATE delivery SET status = 'SENDING', next_attempt_at = DATEADD('SECOND', -1, CURRENT_TIMESTAMP)"
                + " WHERE id = ?", id);

        await().atMost(WAIT).until(() -> delivery(id).get("status").asText().equals("DELIVERED"));
        assertThat(DEPARTMENT.accepted()).containsOnlyKeys(id);
    }

    @Test
    void aSlowDepartmentIsCutShortByTheTimeoutAndRetried() throws Exception {
        DEPARTMENT.slowNext(1, 4000);

        JsonNode first = json.readTree(deliver("health", "510112001", "2026-11").getBody());

        assertThat(first.get("status").asText()).isEqualTo("RETRYING");
        assertThat(first.get("lastError").asText()).isEqualTo("接收方超时未应答（SocketTimeoutException）");
        backoffElapses(first.get("id").asText());
        await().atMost(WAIT).until(() -> delivery(first.get("id").asText()).get("status").asText().equals("DELIVERED"));
    }

    @Test
    void aScheduledRunDeliversEveryDivisionOfTheConnectorsSchedule() throws Exception {
        assertThat(camel.getRoute("delivery-schedule-civil-affairs-delivery")).isNotNull();
        assertThat(camel.getRoute("delivery-schedule-human-resources-delivery").getEndpoint().getEndpointUri())
                .startsWith("quartz://delivery/human-resources-delivery");

        var ids = scheduled.produce("human-resources-delivery");
        ids.forEach(id -> camel.createProducerTemplate().sendBody("direct:delivery-send", id));

        assertThat(ids).hasSize(1);
        JsonNode d = delivery(ids.get(0));
        assertThat(d.get("trigger").asText()).isEqualTo("schedule");
        assertThat(d.get("division").asText()).isEqualTo("510112001");
        assertThat(d.get("period").asText()).isEqualTo(YearMonth.now().minusMonths(1).toString());
        assertThat(d.get("status").asText()).isEqualTo("DELIVERED");
        assertThat(DEPARTMENT.accepted()).containsOnlyKeys(ids.get(0));
    }

    @Test
    void badRequestsSayWhatToFixAndStoreNothing() throws Exception {
        assertThat(problem(Map.of("department", "police", "division", "510112001", "period", "2026-11")))
                .isEqualTo("部门“police”不在部门清单中。可报送的部门：civil-affairs、disabled-persons-federation、"
                        + "health、human-resources。");
        assertThat(problem(Map.of("department", "veterans-affairs", "division", "510112001", "period", "2026-11")))
                .isEqualTo("部门“veterans-affairs”没有 outbound 接入文件，无法报送。请在 connectors/ 中添加，或改用："
                        + "civil-affairs、disabled-persons-federation、health、human-resources。");
        assertThat(problem(Map.of("department", "health", "division", "510112001", "period", "2026年11月")))
                .isEqualTo("period（报送期）“2026年11月”格式不正确，应为 yyyy-MM，如 2026-11。");
        assertThat(problem(Map.of("department", "health", "period", "2026-11")))
                .isEqualTo("缺少 division（区划代码）。请写要报送的街道或社区代码，如 510112001。");
        assertThat(store.count("SELECT COUNT(*) FROM delivery")).isZero();
        assertThat(DEPARTMENT.requests()).isEmpty();
    }

    private String problem(Map<String, String> request) throws Exception {
        var response = http.postForEntity("/api/deliveries", request, String.class);
        assertThat(response.getStatusCode().value()).isEqualTo(400);
        return json.readTree(response.getBody()).get("detail").asText();
    }
}

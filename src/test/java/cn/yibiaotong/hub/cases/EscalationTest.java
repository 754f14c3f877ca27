package cn.yibiaotong.hub.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.apache.camel.CamelContext;
import org.apache.camel.builder.NotifyBuilder;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The scheduled overdue check (routes/case-overdue.camel.yaml) escalates by the matter list, by the test's clock. */
class EscalationTest extends CaseApiTest {

    @Autowired
    CamelContext camel;

    @AfterEach
    void stopTheCheck() throws Exception {
        camel.getRouteController().stopRoute("case-overdue");
    }

    @Test
    void anOverdueCaseEscalatesOnceAndStandsFirstOnTheBoard() throws Exception {
        long noise = create(intake("003", "夜间施工噪声"));           // 24 hours, escalates to ecology at district level
        long property = create(intake("001", "电梯停运"));            // 5 working days
        camel.getRouteController().startRoute("case-overdue");

        clock.advance(Duration.ofHours(23));
        assertThat(runs(2)).isTrue();
        assertThat(store.count("SELECT COUNT(*) FROM case_event WHERE kind = 'escalated'")).isZero();
        clock.advance(Duration.ofHours(2));

        await().atMost(Duration.ofSeconds(10)).until(() -> store.count("SELECT COUNT(*) FROM hub_case WHERE escalated_at IS NOT NULL") == 1);
        JsonNode c = caseJson(noise);
        assertThat(c.get("overdue").asBoolean()).isTrue();
        assertThat(c.get("department").asText()).isEqualTo("ecology");
        assertThat(c.get("level").asText()).isEqualTo("district");
        assertThat(c.get("escalatedAt").asText()).isEqualTo("2026-11-24T10:00:00+08:00");
        assertThat(c.get("history").get(1).get("kind").asText()).isEqualTo("escalated");
        assertThat(caseJson(property).get("overdue").asBoolean()).isFalse();

        JsonNode board = json.readTree(http.getForObject("/api/cases", String.class));
        assertThat(board.get("content").get(0).get("id").asLong()).isEqualTo(noise);
        JsonNode overdueOnly = json.readTree(http.getForObject("/api/cases?overdue=true", String.class));
        assertThat(overdueOnly.get("totalElements").asLong()).isEqualTo(1);

        // later runs leave it alone: one escalation per deadline
        clock.advance(Duration.ofHours(1));
        assertThat(runs(2)).isTrue();
        assertThat(store.count("SELECT COUNT(*) FROM case_event WHERE kind = 'escalated'")).isEqualTo(1);
    }

    /** Waits until the scheduled check has run {@code n} more times from now. */
    private boolean runs(int n) {
        NotifyBuilder done = new NotifyBuilder(camel).fromRoute("case-overdue").whenDone(n).create();
        return done.matches(10, TimeUnit.SECONDS);
    }

    @Test
    void theRouteCallsTheEscalationBeanThatUsesTheHubClock() {
        assertThat(camel.getRoute("case-overdue").getEndpoint().getEndpointUri()).startsWith("scheduler://case-overdue");
    }
}

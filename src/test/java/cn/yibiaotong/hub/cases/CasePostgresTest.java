package cn.yibiaotong.hub.cases;

import static org.assertj.core.api.Assertions.assertThat;

import cn.yibiaotong.hub.testing.PostgresHubTest;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.test.context.TestPropertySource;

/**
 * The case tables, the v_case view and every kind of statement the case board runs (insert with generated key,
 * locking read, duplicate search, escalation update, statistics) on a real PostgreSQL server.
 */
@TestPropertySource(properties = {"hub.file-drop.root=target/test-drop-postgres-cases",
        "hub.cases.overdue-check-auto-start=false"})
class CasePostgresTest extends PostgresHubTest {

    @Autowired
    OverdueEscalation escalation;

    private final ObjectMapper json = new ObjectMapper();

    @Test
    void aCaseIsReceivedMovedLinkedEscalatedAndCountedOnPostgres() throws Exception {
        Map<String, Object> in = Map.of("matter", "011", "title", "楼道电动车充电", "receivedAt", "2026-01-05T09:00:00+08:00",
                "reporter", Map.of("phone", "13880001111"), "location", Map.of("divisionCode", "510112001001"));
        ResponseEntity<String> created = post("/api/cases", in);
        ResponseEntity<String> again = post("/api/cases", in);
        long id = json.readTree(created.getBody()).get("caseId").asLong();
        ResponseEntity<String> moved = post("/api/cases/" + id + "/transitions",
                Map.of("to", "leader-review", "actor", "李明", "role", "coordinator"));
        ResponseEntity<String> refused = post("/api/cases/" + id + "/transitions",
                Map.of("to", "close", "actor", "李明", "role", "coordinator"));
        int escalated = escalation.escalateOverdue();

        assertThat(created.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        assertThat(json.readTree(again.getBody()).get("outcome").asText()).isEqualTo("linked");
        assertThat(moved.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
        assertThat(escalated).isEqualTo(1);
        assertThat(jdbc.queryForObject("SELECT department FROM v_case WHERE case_id = ?", String.class, id))
                .isEqualTo("emergency-management");
        assertThat(jdbc.queryForObject("SELECT overdue_now FROM v_case WHERE case_id = ?", Boolean.class, id)).isTrue();
        assertThat(jdbc.queryForObject("SELECT linked_duplicates FROM v_case WHERE case_id = ?", Long.class, id)).isEqualTo(1);
        JsonNode stats = json.readTree(http.getForObject("/api/cases/stats?by=quarter", String.class));
        assertThat(stats.get("rows").get(0).get("key").asText()).isEqualTo("2026Q1");
        assertThat(stats.get("total").get("received").asLong()).isEqualTo(1);
        assertThat(stats.get("total").get("overdue").asLong()).isEqualTo(1);
        JsonNode board = json.readTree(http.getForObject("/api/cases?division=510112001&overdue=true", String.class));
        assertThat(board.get("totalElements").asLong()).isEqualTo(1);
        assertThat(json.readTree(http.getForObject("/open311/v2/requests/" + id + ".json", String.class)).get(0)
                .get("status").asText()).isEqualTo("open");
    }

    private ResponseEntity<String> post(String path, Object body) throws Exception {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        return http.postForEntity(path, new HttpEntity<>(json.writeValueAsString(body), headers), String.class);
    }
}

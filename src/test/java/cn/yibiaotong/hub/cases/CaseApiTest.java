package cn.yibiaotong.hub.cases;

import static org.assertj.core.api.Assertions.assertThat;

import cn.yibiaotong.hub.testing.HubApiTest;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.test.context.TestPropertySource;

/**
 * An API test of the case board against the whole hub, with a clock the test sets, the overdue check stopped until a
 * test starts it, and Open311 configured as the spec's examples expect (jurisdiction city.gov, api_key xyz).
 * All case tests share this one Spring context.
 */
@Import(CaseApiTest.Clocks.class)
@TestPropertySource(properties = {
        // a database and drop folders of its own: the other test contexts' overdue checks run on the real clock and
        // must not see these cases, and this context's drop-folder routes must not take the other contexts' files
        "spring.datasource.url=jdbc:h2:mem:hub-cases-test;DB_CLOSE_DELAY=-1",
        "hub.file-drop.root=target/test-drop-cases",
        "hub.open311.jurisdiction-id=city.gov",
        "hub.open311.api-keys=xyz",
        "hub.cases.overdue-check-auto-start=false",
        "hub.cases.overdue-check-interval-ms=100",
        "hub.cases.duplicate-window=72h"})
public abstract class CaseApiTest extends HubApiTest {

    /** Monday 2026-11-23 09:00 Beijing time. */
    protected static final String MONDAY_9AM = "2026-11-23T01:00:00Z";

    @Autowired
    protected TestClock clock;

    @TestConfiguration
    static class Clocks {
        @Bean
        @Primary
        TestClock testClock() {
            return new TestClock();
        }
    }

    @BeforeEach
    void mondayMorning() {
        clock.set(MONDAY_9AM);
    }

    protected ObjectNode intake(String matter, String title) {
        ObjectNode n = json.createObjectNode();
        n.put("matter", matter);
        n.put("title", title);
        return n;
    }

    protected ResponseEntity<String> post(String path, Object body) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        try {
            return http.postForEntity(path, new HttpEntity<>(body instanceof String s ? s : json.writeValueAsString(body),
                    headers), String.class);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Submits an intake and returns the created case's id. */
    protected long create(ObjectNode intake) throws Exception {
        ResponseEntity<String> r = post("/api/cases", intake);
        assertThat(r.getStatusCode()).as(r.getBody()).isEqualTo(HttpStatus.CREATED);
        return json.readTree(r.getBody()).get("caseId").asLong();
    }

    protected ResponseEntity<String> move(long id, String to, String role) {
        return move(id, to, role, null, null);
    }

    protected ResponseEntity<String> move(long id, String to, String role, String comment, String verdict) {
        Map<String, String> body = new java.util.HashMap<>(Map.of("to", to, "actor", "王芳", "role", role));
        if (comment != null) {
            body.put("comment", comment);
        }
        if (verdict != null) {
            body.put("verdict", verdict);
        }
        return post("/api/cases/" + id + "/transitions", body);
    }

    /** Moves a case through the happy path up to and including {@code last}. */
    protected void walk(long id, String last, String verdict) {
        String[][] path = {{"leader-review", "coordinator"}, {"accept", "secretary"}, {"assign", "coordinator"},
            {"supervise", "coordinator"}, {"result", "department"}, {"leader-check", "coordinator"},
            {"survey", "secretary"}, {"close", "coordinator"}};
        for (String[] step : path) {
            ResponseEntity<String> r = move(id, step[0], step[1], null, "close".equals(step[0]) ? verdict : null);
            assertThat(r.getStatusCode()).as(r.getBody()).isEqualTo(HttpStatus.OK);
            if (step[0].equals(last)) {
                return;
            }
        }
    }

    protected JsonNode caseJson(long id) throws Exception {
        return json.readTree(http.getForObject("/api/cases/" + id, String.class));
    }
}

package cn.yibiaotong.hub.testing;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.http.ResponseEntity;

/**
 * An API test of deliveries: the whole hub, with the health and human-resources departments played by one real
 * HTTP server on loopback.
 */
public abstract class DeliveryApiTest extends HubApiTest {

    /** Started with the test session (SharedDepartment), so every hub context already knows its address. */
    protected static final DepartmentStub DEPARTMENT = SharedDepartment.STUB;

    @BeforeEach
    void quietDepartment() {
        DEPARTMENT.reset();
    }

    protected ResponseEntity<String> deliver(String department, String division, String period) {
        return http.postForEntity("/api/deliveries", Map.of("department", department, "division", division,
                "period", period), String.class);
    }

    protected JsonNode delivery(String id) throws IOException {
        return json.readTree(http.getForObject("/api/deliveries/" + id, String.class));
    }

    /** As if the back-off had passed: the retry route's next tick takes the delivery. */
    protected void backoffElapses(String id) {
        jdbc.update("UPDATE delivery SET next_attempt_at = DATEADD('SECOND', -1, CURRENT_TIMESTAMP) WHERE id = ?", id);
    }
}

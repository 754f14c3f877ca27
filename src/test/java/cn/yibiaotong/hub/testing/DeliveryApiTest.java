package cn.yibiaotong.hub.testing;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.http.ResponseEntity;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * An API test of deliveries: the whole hub, with the health and human-resources departments played by one real
 * HTTP server on loopback, and produced files and outboxes under target/.
 */
public abstract class DeliveryApiTest extends HubApiTest {

    protected static final DepartmentStub DEPARTMENT = start();

    @DynamicPropertySource
    static void departmentEndpoints(DynamicPropertyRegistry registry) {
        registry.add("hub.delivery.endpoints.health", () -> DEPARTMENT.url("/wjj/elderly"));
        registry.add("hub.delivery.endpoints.human-resources", () -> DEPARTMENT.url("/rsj/persons"));
        registry.add("hub.delivery.store-dir", () -> "target/test-deliveries");
        registry.add("hub.delivery.outbox-root", () -> "target/test-outbox");
        registry.add("hub.delivery.poll-ms", () -> "100");
        registry.add("hub.delivery.http-timeout-ms", () -> "1500");
    }

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

    private static DepartmentStub start() {
        try {
            return new DepartmentStub();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

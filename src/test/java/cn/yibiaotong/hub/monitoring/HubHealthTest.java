package cn.yibiaotong.hub.monitoring;

import static org.assertj.core.api.Assertions.assertThat;

import cn.yibiaotong.hub.testing.HubApiTest;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

/** What an operator's monitoring reads: the hub's figures in /actuator/health and as metrics, counted from the store. */
class HubHealthTest extends HubApiTest {

    @Test
    void healthAndMetricsCountRunningBatchesAndFailingConnectors() throws Exception {
        jdbc.update("""
                INSERT INTO batch (id, connector_id, channel, status, dry_run, started_at)
                VALUES ('b1', 'street-roster', 'upload', 'RUNNING', FALSE, ?)""", OffsetDateTime.now(ZoneOffset.UTC));
        jdbc.update("""
                INSERT INTO batch (id, connector_id, channel, status, dry_run, error_code, started_at)
                VALUES ('b2', 'street-roster', 'upload', 'FAILED', FALSE, 'interrupted', ?)""", OffsetDateTime.now(ZoneOffset.UTC));
        jdbc.update("INSERT INTO connector_state (connector_id, consecutive_failures) VALUES ('human-resources-status', 3)");

        JsonNode hub = json.readTree(http.getForObject("/actuator/health", String.class)).get("components").get("hub");
        assertThat(hub.get("status").asText()).isEqualTo("UP");
        assertThat(hub.get("details").get("batchesRunning").asLong()).isEqualTo(1);
        assertThat(hub.get("details").get("batchesInterrupted").asLong()).isEqualTo(1);
        assertThat(hub.get("details").get("deliveriesPending").asLong()).isZero();
        assertThat(hub.get("details").get("deliveriesDeadLetter").asLong()).isZero();
        assertThat(hub.get("details").get("connectorsFailing").asLong()).isEqualTo(1);

        JsonNode metric = json.readTree(http.getForObject("/actuator/metrics/hub.connectors.failing", String.class));
        assertThat(metric.get("measurements").get(0).get("value").asDouble()).isEqualTo(1.0);
        assertThat(json.readTree(http.getForObject("/actuator/metrics/hub.batches.running", String.class))
                .get("measurements").get(0).get("value").asDouble()).isEqualTo(1.0);
    }
}

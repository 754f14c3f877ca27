package cn.yibiaotong.hub.connector;

import static org.assertj.core.api.Assertions.assertThat;

import cn.yibiaotong.hub.testing.HubApiTest;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class ConnectorStatesTest extends HubApiTest {

    @Autowired
    ConnectorStates states;

    @Test
    void aConnectorNeverRunHasAnEmptyState() {
        ConnectorState state = states.find("street-roster");

        assertThat(state).isEqualTo(ConnectorState.none("street-roster"));
    }

    @Test
    void failuresCountUpUntilASuccessClearsTheErrorAndTheWatermarkStays() {
        OffsetDateTime t0 = OffsetDateTime.of(2026, 11, 1, 8, 0, 0, 0, ZoneOffset.UTC);
        states.saveWatermark("street-roster", "2026-11-01T07:59:00Z|42");
        states.failed("street-roster", t0, "无法连接公安户籍库：连接被拒绝");
        states.failed("street-roster", t0.plusMinutes(1), "无法连接公安户籍库：连接被拒绝");

        ConnectorState failing = states.find("street-roster");
        assertThat(failing.consecutiveFailures()).isEqualTo(2);
        assertThat(failing.lastError()).isEqualTo("无法连接公安户籍库：连接被拒绝");
        assertThat(failing.lastErrorAt()).isEqualTo(t0.plusMinutes(1));
        assertThat(failing.lastSuccessAt()).isNull();

        states.succeeded("street-roster", t0.plusMinutes(2));
        ConnectorState recovered = states.find("street-roster");
        assertThat(recovered.consecutiveFailures()).isZero();
        assertThat(recovered.lastError()).isNull();
        assertThat(recovered.lastSuccessAt()).isEqualTo(t0.plusMinutes(2));
        assertThat(recovered.watermark()).isEqualTo("2026-11-01T07:59:00Z|42");
    }

    @Test
    void theConnectorStatusShowsTheLastError() throws Exception {
        states.failed("street-roster", OffsetDateTime.now(ZoneOffset.UTC), "投放文件夹不可读");

        JsonNode connectors = json.readTree(http.getForObject("/api/connectors", String.class));

        JsonNode state = null;
        for (JsonNode c : connectors) {
            if (c.get("id").asText().equals("street-roster")) {
                state = c.get("state");
            }
        }
        assertThat(state.get("lastError").asText()).isEqualTo("投放文件夹不可读");
        assertThat(state.get("consecutiveFailures").asInt()).isEqualTo(1);
    }
}

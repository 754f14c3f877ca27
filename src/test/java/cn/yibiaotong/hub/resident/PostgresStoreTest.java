package cn.yibiaotong.hub.resident;

import cn.yibiaotong.hub.testing.TestAccounts;
import static org.assertj.core.api.Assertions.assertThat;

import cn.yibiaotong.hub.connector.ConnectorStates;
import cn.yibiaotong.hub.testing.Uploads;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import cn.yibiaotong.hub.testing.EmbeddedPostgresStore;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import org.apache.camel.test.spring.junit5.CamelSpringBootTest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The production store: the same Flyway migrations and the same upload on a real PostgreSQL server,
 * selected by the postgres profile and a JDBC URL alone.
 */
@CamelSpringBootTest
@ActiveProfiles("postgres")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"hub.file-drop.root=target/test-drop-postgres", "hub.delivery.store-dir=target/test-deliveries-postgres",
                "hub.delivery.outbox-root=target/test-outbox-postgres", "hub.http-poll.auto-startup=false"})
class PostgresStoreTest {

    static EmbeddedPostgres postgres;

    @DynamicPropertySource
    static void postgres(DynamicPropertyRegistry registry) throws IOException {
        postgres = EmbeddedPostgresStore.startFor(registry);
    }

    @AfterAll
    static void stop() throws IOException {
        postgres.close();
    }

    TestRestTemplate http;

    @Autowired
    void signIn(TestRestTemplate anonymous) {
        http = TestAccounts.admin(anonymous);
    }
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    ConnectorStates states;

    @Test
    void migrationsRunAndAnUploadReachesTheResidentView() throws Exception {
        assertThat(jdbc.queryForObject("SELECT version()", String.class)).startsWith("PostgreSQL");
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM flyway_schema_history WHERE success", Integer.class)).isPositive();
        Uploads uploads = new Uploads(http);

        var first = uploads.upload("street-roster", Path.of("samples/street-roster/damian-street-2026-11-gbk.csv"), false);
        var again = uploads.upload("street-roster", Path.of("samples/street-roster/damian-street-2026-11-gbk.csv"), false);

        ObjectMapper json = new ObjectMapper();
        assertThat(first.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        assertThat(json.readTree(first.getBody()).get("accepted").asLong()).isEqualTo(79);
        assertThat(json.readTree(again.getBody()).get("unchanged").asLong()).isEqualTo(79);
        String id = jdbc.queryForObject("SELECT id_number FROM v_resident ORDER BY id_number LIMIT 1", String.class);
        JsonNode resident = json.readTree(http.getForObject("/api/residents/" + id, String.class));
        assertThat(resident.get("idNumber").asText()).isEqualTo(id);
        assertThat(resident.get("items").size()).isGreaterThan(5);
        JsonNode page = json.readTree(http.getForObject("/api/residents?division=510112002&name=" +
                resident.get("name").asText().substring(0, 1), String.class));
        assertThat(page.get("totalElements").asLong()).isPositive();
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM v_resident_record", Long.class)).isPositive();
    }

    @Test
    void deliveriesCommunityListsAndTheChangeFeedRunOnPostgres() throws Exception {
        ObjectMapper json = new ObjectMapper();
        var upload = new Uploads(http).upload("street-roster", Path.of("samples/street-roster/longquan-street-2026-11.xlsx"), false);
        assertThat(json.readTree(upload.getBody()).get("cellsUploaded").asLong()).isEqualTo(148L * 18);

        JsonNode delivery = json.readTree(http.postForObject("/api/deliveries", java.util.Map.of("department",
                "civil-affairs", "division", "510112001", "period", "2026-11"), String.class));
        JsonNode again = json.readTree(http.postForObject("/api/deliveries", java.util.Map.of("department",
                "civil-affairs", "division", "510112001", "period", "2026-11"), String.class));

        assertThat(delivery.get("status").asText()).isEqualTo("DELIVERED");
        assertThat(delivery.get("rowCount").asInt()).isPositive();
        assertThat(again.get("rowCount").asInt()).isEqualTo(delivery.get("rowCount").asInt());
        assertThat(again.get("removedCount").asInt()).isZero();
        assertThat(json.readTree(http.getForObject("/api/communities/510112001001/residents?department=civil-affairs",
                String.class))).allSatisfy(r -> assertThat(r.get("communityCode").asText()).isEqualTo("510112001001"));
        assertThat(json.readTree(http.getForObject("/api/changes?division=510112001001&since=2020-01-01&size=5",
                String.class)).get("changes")).hasSize(5);
    }

    @Test
    void connectorStateIsWrittenTheSameWayOnPostgres() {
        states.saveWatermark("street-roster", "w1");
        states.failed("street-roster", OffsetDateTime.now(), "源系统不可用");
        states.saveWatermark("street-roster", "w2");

        assertThat(states.find("street-roster").watermark()).isEqualTo("w2");
        assertThat(states.find("street-roster").consecutiveFailures()).isEqualTo(1);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM connector_state", Integer.class)).isEqualTo(1);
    }
}

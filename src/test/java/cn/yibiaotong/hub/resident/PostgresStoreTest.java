package cn.yibiaotong.hub.resident;

import static org.assertj.core.api.Assertions.assertThat;

import cn.yibiaotong.hub.connector.ConnectorStates;
import cn.yibiaotong.hub.testing.PostgresHubTest;
import cn.yibiaotong.hub.testing.Uploads;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.test.context.TestPropertySource;

/**
 * The production store: the same Flyway migrations and the same upload on a real PostgreSQL server,
 * selected by the postgres profile and a JDBC URL alone.
 */
@TestPropertySource(properties = {"hub.file-drop.root=target/test-drop-postgres",
        "hub.delivery.store-dir=target/test-deliveries-postgres", "hub.delivery.outbox-root=target/test-outbox-postgres"})
class PostgresStoreTest extends PostgresHubTest {

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
    void identityResolutionReviewMergeAndUnmergeRunOnPostgres() throws Exception {
        ObjectMapper json = new ObjectMapper();
        String id = cn.yibiaotong.hub.samples.SyntheticIds.of("510112", java.time.LocalDate.of(1961, 7, 3), true, 91);
        String roster = "姓名,公民身份号码,出生日期,联系电话,所属社区,户号,与户主关系\n"
                + "欧阳修远," + id + ",1961-07-03,13551234567,510112001001,PG0001,户主\n";
        new Uploads(http).upload("street-roster", "pg-identity.csv", roster.getBytes(java.nio.charset.StandardCharsets.UTF_8), false);
        org.springframework.http.HttpHeaders h = new org.springframework.http.HttpHeaders();
        h.setContentType(org.springframework.http.MediaType.APPLICATION_JSON);
        String push = "{\"records\": [{\"xm\": \"欧阳秀远\", \"csrq\": \"1961-07-03\", \"lxdh\": \"13900001111\", \"tjjl\": \"A\"}]}";
        JsonNode report = json.readTree(http.postForObject("/api/inbound/health-elderly-checks",
                new org.springframework.http.HttpEntity<>(push, h), String.class));
        assertThat(report.get("accepted").asLong()).isEqualTo(1);

        JsonNode review = json.readTree(http.getForObject("/api/matches/review", String.class)).get("content").get(0);
        assertThat(review.get("candidate").get("idNumber").asText()).isEqualTo(id);
        JsonNode decided = json.readTree(http.postForObject("/api/matches/" + review.get("id").asLong() + "/decision",
                new org.springframework.http.HttpEntity<>("{\"decision\": \"link\", \"reason\": \"同一人\"}", h), String.class));
        assertThat(decided.get("status").asText()).isEqualTo("LINKED");
        String retired = review.get("record").get("residentId").asText();
        JsonNode alias = json.readTree(http.getForObject("/api/residents/" + retired, String.class));
        assertThat(alias.get("idNumber").asText()).isEqualTo(id);
        assertThat(alias.get("household").get("householdId").asText()).isEqualTo("PG0001");

        var undone = http.postForEntity("/api/residents/" + retired + "/unmerge",
                new org.springframework.http.HttpEntity<>("{\"reason\": \"核对有误\"}", h), String.class);
        assertThat(undone.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(json.readTree(http.getForObject("/api/residents/" + retired, String.class)).get("residentId").asText())
                .isEqualTo(retired);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM resident_record WHERE resident_id = ?"
                + " AND connector_id = 'health-elderly-checks'", Long.class, retired)).isEqualTo(1);
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

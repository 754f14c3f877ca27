package cn.yibiaotong.hub.jdbcpull;

import cn.yibiaotong.hub.testing.TestAccounts;
import static cn.yibiaotong.hub.jdbcpull.PullTestSupport.CONNECTOR;
import static cn.yibiaotong.hub.testing.HubApiTest.item;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import cn.yibiaotong.hub.connector.ConnectorState;
import cn.yibiaotong.hub.connector.ConnectorStates;
import cn.yibiaotong.hub.testing.HubStore;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.sql.Connection;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.util.List;
import org.apache.camel.CamelContext;
import org.apache.camel.test.spring.junit5.CamelSpringBootTest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The public-security connector pulling from a real database server on loopback (H2 over TCP), through the one
 * ingest pipeline into the resident view. Every test starts the pull route on an empty hub and an empty
 * department table, and checks exact counts: nothing missed, nothing read twice.
 */
@CamelSpringBootTest
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "spring.datasource.url=jdbc:h2:mem:hub-pull-test;DB_CLOSE_DELAY=-1",
        "hub.file-drop.root=target/test-drop-pull",
        "camel.main.shutdown-timeout=5",
        "hub.http-poll.auto-startup=false"})
@DirtiesContext
class JdbcPullRouteTest {

    static final PublicSecurityDatabase DEPARTMENT = PublicSecurityDatabase.start();
    static final String ROUTE = "jdbc-pull-" + CONNECTOR;
    static final LocalDateTime MORNING = LocalDateTime.of(2026, 11, 20, 9, 0);

    @DynamicPropertySource
    static void department(DynamicPropertyRegistry registry) {
        registry.add("hub.connectors-dir", () -> PullTestSupport.connectorsWithTestTimings().toString());
        registry.add("HUB_PCS_DB_URL", DEPARTMENT::url);
        registry.add("HUB_PCS_DB_USER", () -> PublicSecurityDatabase.USER);
        registry.add("HUB_PCS_DB_PASSWORD", () -> PublicSecurityDatabase.PASSWORD);
    }

    @TestConfiguration
    static class Hooks {
        @Bean
        PullTestSupport.AfterFirstPage afterFirstPage() {
            return new PullTestSupport.AfterFirstPage();
        }
    }

    @Autowired
    CamelContext camel;
    @Autowired
    JdbcTemplate jdbc;
    TestRestTemplate http;

    @Autowired
    void signIn(TestRestTemplate anonymous) {
        http = TestAccounts.admin(anonymous);
    }
    @Autowired
    ConnectorStates states;
    @Autowired
    DepartmentDatabases databases;
    @Autowired
    PullTestSupport.AfterFirstPage afterFirstPage;
    final ObjectMapper json = new ObjectMapper();
    HubStore store;

    @BeforeEach
    void emptyHubAndDepartment() throws Exception {
        camel.getRouteController().stopRoute(ROUTE);
        store = new HubStore(jdbc);
        store.clear();
        DEPARTMENT.clear();
        DEPARTMENT.startServer();
    }

    @AfterAll
    static void stopDepartment() {
        DEPARTMENT.stopServer();
    }

    @Test
    void pullsTheDepartmentsRowsIntoTheResidentViewWithProvenance() throws Exception {
        for (int n = 1; n <= 5; n++) {
            DEPARTMENT.insert(n, "居民" + n, MORNING.plusMinutes(n));
        }
        DEPARTMENT.registerDeath(5, "20261118", MORNING.plusMinutes(6));

        startPulling();
        awaitCaughtUpAt(5);

        assertThat(store.residents()).isEqualTo(5);
        assertThat(store.recordVersions()).isEqualTo(5);
        assertThat(batchSizes()).containsExactly(3L, 2L);
        assertThat(store.count("SELECT COUNT(*) FROM batch WHERE connector_id = ? AND channel = 'jdbc-pull' AND status = 'COMPLETED'",
                CONNECTOR)).isEqualTo(2);
        JsonNode first = json.readTree(http.getForObject("/api/residents/" + PublicSecurityDatabase.idNumber(1), String.class));
        assertThat(item(first, "person.name").get("value").asText()).isEqualTo("居民1");
        assertThat(item(first, "person.name").get("source").get("connector").asText()).isEqualTo(CONNECTOR);
        assertThat(item(first, "person.birth_date").get("value").asText()).isEqualTo("1980-01-01");
        assertThat(item(first, "person.community_code").get("value").asText()).isEqualTo("510112001001");
        assertThat(item(first, "household.relationship").get("value").asText()).isEqualTo("02");
        JsonNode dead = json.readTree(http.getForObject("/api/residents/" + PublicSecurityDatabase.idNumber(5), String.class));
        assertThat(item(dead, "person.death_date").get("value").asText()).isEqualTo("2026-11-18");

        String connectors = http.getForObject("/api/connectors", String.class);
        assertThat(connectors).doesNotContain(PublicSecurityDatabase.PASSWORD);
        JsonNode status = connector(json.readTree(connectors));
        assertThat(status.get("transports").get(0).asText()).isEqualTo("jdbc-pull:" + DEPARTMENT.url());
        assertThat(status.get("lastBatch").get("received").asLong()).isEqualTo(2);
        assertThat(PullWatermark.parse(status.get("state").get("watermark").asText()))
                .isEqualTo(new PullWatermark(MORNING.plusMinutes(6), PublicSecurityDatabase.key(5)));
        assertThat(status.get("state").has("lastError")).isFalse();
    }

    @Test
    void rowsSharingOneUpdateTimeAcrossPageBoundariesAreEachReadOnce() {
        // a department batch job stamps seven rows with one GXSJ; pages hold three
        for (int n = 1; n <= 7; n++) {
            DEPARTMENT.insert(n, "居民" + n, MORNING);
        }

        startPulling();
        awaitCaughtUpAt(7);

        assertThat(batchSizes()).containsExactly(3L, 3L, 1L);
        assertThat(store.residents()).isEqualTo(7);
        assertThat(store.recordVersions()).isEqualTo(7);
        assertThat(store.count("SELECT COUNT(DISTINCT id_number) FROM batch_row")).isEqualTo(7);
    }

    @Test
    void resumesFromTheStoredWatermarkAfterARestart() throws Exception {
        for (int n = 1; n <= 4; n++) {
            DEPARTMENT.insert(n, "居民" + n, MORNING.plusMinutes(n));
        }
        startPulling();
        awaitCaughtUpAt(4);

        // the hub goes down: the route stops and the connections to the department are closed
        camel.getRouteController().stopRoute(ROUTE);
        databases.closeAll();
        for (int n = 5; n <= 7; n++) {
            DEPARTMENT.insert(n, "居民" + n, MORNING.plusMinutes(n));
        }
        startPulling();
        awaitCaughtUpAt(7);

        assertThat(batchSizes()).containsExactly(3L, 1L, 3L);
        assertThat(store.residents()).isEqualTo(7);
        assertThat(store.recordVersions()).isEqualTo(7);
    }

    @Test
    void aRowUpdatedBetweenTwoPagesOfOnePullIsNeitherLostNorReadTwiceAsTheSameVersion() {
        for (int n = 1; n <= 6; n++) {
            DEPARTMENT.insert(n, "居民" + n, MORNING.plusMinutes(n));
        }
        // after page 1 (rows 1-3) is stored: row 1, already read, and row 5, not yet read, change
        afterFirstPage.arm(() -> {
            DEPARTMENT.rename(1, "改名一");
            DEPARTMENT.rename(5, "改名五");
        });

        startPulling();
        awaitCaughtUpAt(5);

        assertThat(afterFirstPage.fired()).isTrue();
        // pull 1: rows 1-3, then 4 and 6 (row 5 now carries a newer GXSJ); a later pull: rows 1 and 5 as changed
        assertThat(batchSizes()).containsExactly(3L, 2L, 2L);
        assertThat(store.residents()).isEqualTo(6);
        assertThat(store.recordVersions()).isEqualTo(7);
        assertThat(nameOf(1)).isEqualTo("改名一");
        assertThat(nameOf(5)).isEqualTo("改名五");
        assertThat(versionsOf(1)).isEqualTo(2);
        assertThat(versionsOf(5)).isEqualTo(1);
    }

    @Test
    void anOutageIsRetriedAndShownAndThePullCatchesUpWhenTheDatabaseReturns() throws Exception {
        for (int n = 1; n <= 3; n++) {
            DEPARTMENT.insert(n, "居民" + n, MORNING.plusMinutes(n));
        }
        startPulling();
        awaitCaughtUpAt(3);

        DEPARTMENT.stopServer();
        DEPARTMENT.insert(4, "居民4", MORNING.plusMinutes(4));
        DEPARTMENT.insert(5, "居民5", MORNING.plusMinutes(5));
        await().atMost(Duration.ofSeconds(20)).until(() -> state().consecutiveFailures() >= 1);

        String expected = "“公安户籍人员信息”（public-security-hukou）从部门数据库拉取失败：无法连接部门数据库（连接被拒绝、超时或网络不通）；"
                + "数据库 " + DEPARTMENT.url() + "，已重试 2 次。下次拉取将从已入库的位置继续，不会遗漏";
        assertThat(state().lastError()).isEqualTo(expected);
        JsonNode status = connector(json.readTree(http.getForObject("/api/connectors", String.class)));
        assertThat(status.get("state").get("lastError").asText()).isEqualTo(expected);
        assertThat(status.toString()).doesNotContain(PublicSecurityDatabase.PASSWORD);
        assertThat(store.residents()).isEqualTo(3);

        DEPARTMENT.startServer();
        awaitCaughtUpAt(5);

        assertThat(state().lastError()).isNull();
        assertThat(state().consecutiveFailures()).isZero();
        assertThat(batchSizes()).containsExactly(3L, 2L);
        assertThat(store.residents()).isEqualTo(5);
        assertThat(store.recordVersions()).isEqualTo(5);
    }

    @Test
    void aRowStampedBeforeTheWatermarkButCommittedAfterAPullIsNotSkipped() throws Exception {
        DEPARTMENT.insert(1, "居民1", MORNING);
        startPulling();
        awaitCaughtUpAt(1);

        try (Connection inFlight = DEPARTMENT.openTransaction()) {
            // the department's transaction stamps row 2 now and takes its time to commit ...
            PublicSecurityDatabase.insertNow(inFlight, 2, "居民2");
            // ... while row 3 is stamped later and committed at once, and a pull runs in between
            try (Connection other = DEPARTMENT.openTransaction()) {
                PublicSecurityDatabase.insertNow(other, 3, "居民3");
                other.commit();
            }
            awaitAnotherSuccessfulPull();
            inFlight.commit();
        }
        // without the safety lag that pull would have stored row 3 and moved the watermark past row 2's stamp
        awaitCaughtUpAt(3);

        assertThat(store.residents()).isEqualTo(3);
        assertThat(store.recordVersions()).isEqualTo(3);
        assertThat(batchSizes().stream().mapToLong(Long::longValue).sum()).isEqualTo(3);
    }

    @Test
    void aRejectedRowIsReportedInItsBatchAndDoesNotHoldUpThePull() throws Exception {
        DEPARTMENT.insert(1, "居民1", MORNING.plusMinutes(1));
        DEPARTMENT.insert(2, "510112198001010010", "居民2", MORNING.plusMinutes(2));
        DEPARTMENT.insert(3, "居民3", MORNING.plusMinutes(3));
        DEPARTMENT.insert(4, "居民4", MORNING.plusMinutes(4));

        startPulling();
        awaitCaughtUpAt(4);

        List<List<Long>> counts = jdbc.query("SELECT received, accepted, rejected, unchanged FROM batch WHERE connector_id = ? ORDER BY started_at",
                (rs, i) -> List.of(rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getLong(4)), CONNECTOR);
        assertThat(counts).containsExactly(List.of(3L, 2L, 1L, 0L), List.of(1L, 1L, 0L, 0L));
        assertThat(store.residents()).isEqualTo(3);
        String batch = jdbc.queryForObject("SELECT id FROM batch WHERE connector_id = ? AND rejected = 1", String.class, CONNECTOR);
        JsonNode rejected = json.readTree(http.getForObject("/api/batches/" + batch + "/rejections", String.class));
        assertThat(rejected.toString()).contains("GMSFHM");
    }

    @Test
    void aRefusedPageStoresNeitherItsRowsNorItsWatermarkAndIsReadAgainOnceCorrected() throws Exception {
        DEPARTMENT.insert(1, "居民1", MORNING.plusMinutes(1));
        DEPARTMENT.insert(2, "510112198001010010", "居民2", MORNING.plusMinutes(2));
        DEPARTMENT.insert(3, "510112198001010029", "居民3", MORNING.plusMinutes(3));

        startPulling();
        await().atMost(Duration.ofSeconds(30)).until(() -> state().consecutiveFailures() >= 1);

        // the batch and the watermark share one transaction: the refused page rolled both back
        assertThat(state().watermark()).isNull();
        assertThat(store.residents()).isZero();
        assertThat(state().lastError()).startsWith("“公安户籍人员信息”（public-security-hukou）从部门数据库拉取失败：第 1 页（批次 ")
                .contains("REFUSED）未能入库，拉取停在该页之前，下次拉取将从该页重新读取：整批拒收：3 行中有 2 行不合格");

        // the department corrects both rows in one transaction; its system stamps them anew
        DEPARTMENT.correctIdNumbers(2, 3);
        awaitCaughtUpAt(3);

        assertThat(store.residents()).isEqualTo(3);
        assertThat(store.recordVersions()).isEqualTo(3);
        // row 1 once (alone, or with the corrected rows once the safety lag has passed them), rows 2 and 3 once
        assertThat(jdbc.queryForList("SELECT received FROM batch WHERE connector_id = ? AND status = 'COMPLETED'",
                Long.class, CONNECTOR).stream().mapToLong(Long::longValue).sum()).isEqualTo(3);
        assertThat(state().lastError()).isNull();
    }

    private void awaitAnotherSuccessfulPull() {
        OffsetDateTime now = OffsetDateTime.now();
        await().atMost(Duration.ofSeconds(30)).until(() -> {
            OffsetDateTime last = state().lastSuccessAt();
            return last != null && last.isAfter(now);
        });
    }

    private void startPulling() {
        try {
            camel.getRouteController().startRoute(ROUTE);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * Waits until the stored watermark has reached row {@code n} and one more whole pull has succeeded after that,
     * so a row that would be read twice has had its chance to be.
     */
    private void awaitCaughtUpAt(int n) {
        await().atMost(Duration.ofSeconds(30)).until(() -> {
            String w = state().watermark();
            return w != null && PullWatermark.parse(w).key().equals(PublicSecurityDatabase.key(n));
        });
        OffsetDateTime reached = OffsetDateTime.now();
        await().atMost(Duration.ofSeconds(30)).until(() -> {
            ConnectorState s = state();
            return s.lastSuccessAt() != null && s.lastSuccessAt().isAfter(reached) && s.lastError() == null;
        });
    }

    private ConnectorState state() {
        return states.find(CONNECTOR);
    }

    private List<Long> batchSizes() {
        return jdbc.queryForList("SELECT received FROM batch WHERE connector_id = ? ORDER BY started_at", Long.class, CONNECTOR);
    }

    private String nameOf(int n) {
        return jdbc.queryForObject("SELECT name FROM resident WHERE id_number = ?", String.class,
                PublicSecurityDatabase.idNumber(n));
    }

    private long versionsOf(int n) {
        return store.count("""
                SELECT COUNT(*) FROM resident_record s JOIN resident r ON r.id = s.resident_id WHERE r.id_number = ?""",
                PublicSecurityDatabase.idNumber(n));
    }

    private static JsonNode connector(JsonNode connectors) {
        for (JsonNode c : connectors) {
            if (c.get("id").asText().equals(CONNECTOR)) {
                return c;
            }
        }
        throw new AssertionError("no connector " + CONNECTOR);
    }
}

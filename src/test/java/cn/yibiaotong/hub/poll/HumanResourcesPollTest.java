package cn.yibiaotong.hub.poll;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import cn.yibiaotong.hub.connector.ConnectorState;
import cn.yibiaotong.hub.connector.ConnectorStates;
import cn.yibiaotong.hub.poll.StubHumanResourcesSystem.Person;
import cn.yibiaotong.hub.poll.StubHumanResourcesSystem.Request;
import cn.yibiaotong.hub.samples.SyntheticIds;
import cn.yibiaotong.hub.testing.HubApiTest;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.stream.IntStream;
import org.apache.camel.CamelContext;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The hub polls the 人社 system (a real HTTP server on loopback) for persons changed since its watermark: end to end
 * into the resident view, through an outage (HTTP 500, then a timeout) retried with back-off and shown at
 * GET /api/connectors, and back, catching up without missing or repeating anyone.
 */
class HumanResourcesPollTest extends HubApiTest {

    static final String CONNECTOR = "human-resources-status";
    static final String ROUTE = "http-poll-" + CONNECTOR;
    static final StubHumanResourcesSystem DEPARTMENT = new StubHumanResourcesSystem();

    @DynamicPropertySource
    static void pollTheStub(DynamicPropertyRegistry registry) {
        registry.add("hub.human-resources.persons-url", DEPARTMENT::url);
        registry.add("hub.human-resources.poll-interval", () -> "200ms");
        registry.add("hub.human-resources.response-timeout", () -> "500ms");
        registry.add("hub.http-poll.initial-delay-ms", () -> "10");
        registry.add("hub.http-poll.maximum-redeliveries", () -> "2");
        registry.add("hub.http-poll.redelivery-delay-ms", () -> "100");
        registry.add("hub.http-poll.back-off-multiplier", () -> "2");
    }

    @Autowired
    CamelContext camel;
    @Autowired
    ConnectorStates states;

    @AfterEach
    void stopPolling() throws Exception {
        camel.getRouteController().stopRoute(ROUTE);
        DEPARTMENT.reset();
    }

    @AfterAll
    static void closeDepartment() {
        DEPARTMENT.close();
    }

    @Test
    void pollReadsEveryPersonIntoTheResidentViewThenAsksOnlyForWhatChanged() throws Exception {
        List<Person> people = people(5, "2026-11-02T09:30:00");
        DEPARTMENT.add(people.toArray(Person[]::new));
        DEPARTMENT.add(person(5, "2026-11-01T08:00:00", "<AAB301>510112</AAB301>"));

        startPolling();
        await().atMost(Duration.ofSeconds(20)).until(() -> "2026-11-02T13:30:00".equals(state().watermark()));
        await().atMost(Duration.ofSeconds(20)).until(() -> DEPARTMENT.requests().size() >= 3);

        assertThat(DEPARTMENT.requests().get(0).query()).isNull();
        assertThat(DEPARTMENT.requests().get(2).query()).isEqualTo("since=2026-11-02T13:30:00");
        // polls that find nothing new make no batch
        assertThat(store.count("SELECT COUNT(*) FROM batch")).isEqualTo(1);
        JsonNode report = json.readTree(http.getForObject("/api/batches/"
                + jdbc.queryForObject("SELECT id FROM batch", String.class), String.class));
        assertThat(report.get("status").asText()).isEqualTo("COMPLETED");
        assertThat(report.get("channel").asText()).isEqualTo("http-poll");
        assertThat(report.get("format").asText()).isEqualTo("XML");
        assertThat(report.get("received").asLong()).isEqualTo(6);
        assertThat(report.get("accepted").asLong()).isEqualTo(6);
        assertThat(report.get("warningDetails").get(0).get("reason").asText()).isEqualTo("“轮询数据（"
                + DEPARTMENT.hostAndPort() + "）”中的字段“AAB301”（第 6 条记录起出现）不在连接器的字段中，其内容未读取。"
                + "如需导入，请联系管理员在连接器中添加该字段。");

        JsonNode resident = json.readTree(http.getForObject("/api/residents/" + people.get(1).id(), String.class));
        JsonNode employment = item(resident, "employment.status");
        assertThat(employment.get("value").asText()).isEqualTo("5"); // JYZT 31 退休
        assertThat(employment.get("source").get("connector").asText()).isEqualTo(CONNECTOR);
        assertThat(employment.get("source").get("batchId").asText()).isEqualTo(report.get("batchId").asText());
        assertThat(employment.get("source").get("row").asLong()).isEqualTo(2);
        assertThat(item(resident, "pension.status").get("value").asText()).isEqualTo("3"); // YLZT 3 领取待遇

        JsonNode status = connectorStatus();
        assertThat(status.get("transports").get(0).asText()).isEqualTo("http-poll:" + DEPARTMENT.url());
        assertThat(status.get("state").get("lastError")).isNull();
        assertThat(status.get("state").get("lastSuccessAt")).isNotNull();
        assertThat(status.get("lastBatch").get("accepted").asLong()).isEqualTo(6);
    }

    @Test
    void outageIsRetriedWithBackOffShownInConnectorStatusAndRecoveryCatchesUpWithoutGapsOrRepeats() throws Exception {
        DEPARTMENT.add(people(3, "2026-11-02T09:30:00").toArray(Person[]::new));
        startPolling();
        await().atMost(Duration.ofSeconds(20)).until(() -> "2026-11-02T11:30:00".equals(state().watermark()));

        // the department fails; meanwhile two persons change there
        int before = DEPARTMENT.requests().size();
        DEPARTMENT.failWith(500);
        List<Person> changed = people(2, "2026-11-03T10:00:00", 3);
        DEPARTMENT.add(changed.toArray(Person[]::new));
        await().atMost(Duration.ofSeconds(20)).until(() -> state().lastError() != null);

        String http500 = "人社就业与养老保险状态（human-resources-status）轮询 " + DEPARTMENT.hostAndPort()
                + " 失败：对方接口返回 HTTP 500（对方系统出错），已重试 2 次。下次轮询将从上次成功的位置继续，不会遗漏数据。";
        assertThat(state().lastError()).isEqualTo(http500);
        List<Request> attempts = DEPARTMENT.requests().subList(before, before + 3);
        assertThat(attempts).extracting(Request::query).containsOnly("since=2026-11-02T11:30:00");
        // Camel's redelivery: 100 ms, then twice that (exponential back-off)
        assertThat(attempts.get(1).nanos() - attempts.get(0).nanos()).isGreaterThanOrEqualTo(Duration.ofMillis(100).toNanos());
        assertThat(attempts.get(2).nanos() - attempts.get(1).nanos()).isGreaterThanOrEqualTo(Duration.ofMillis(200).toNanos());
        assertThat(connectorStatus().get("state").get("lastError").asText()).isEqualTo(http500);

        // then it answers too slowly
        DEPARTMENT.healthy();
        DEPARTMENT.answerAfter(1500);
        await().atMost(Duration.ofSeconds(20)).until(() -> state().lastError() != null && state().lastError().contains("超时"));
        assertThat(state().lastError()).isEqualTo("人社就业与养老保险状态（human-resources-status）轮询 " + DEPARTMENT.hostAndPort()
                + " 失败：对方接口在 500ms 内没有响应（响应超时），已重试 2 次。下次轮询将从上次成功的位置继续，不会遗漏数据。");
        assertThat(state().consecutiveFailures()).isGreaterThanOrEqualTo(2);
        assertThat(store.count("SELECT COUNT(*) FROM batch")).isEqualTo(1);

        // and recovers: the next poll asks from the stored watermark and gets exactly the two changed persons
        DEPARTMENT.healthy();
        await().atMost(Duration.ofSeconds(20)).until(() -> "2026-11-03T11:00:00".equals(state().watermark()));
        await().atMost(Duration.ofSeconds(20)).until(() -> state().lastError() == null);

        assertThat(state().consecutiveFailures()).isZero();
        List<Long> second = jdbc.query("SELECT received, accepted, rejected, unchanged FROM batch ORDER BY started_at",
                (rs, n) -> List.of(rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getLong(4))).get(1);
        assertThat(second).containsExactly(2L, 2L, 0L, 0L);
        assertThat(store.count("SELECT COUNT(*) FROM batch")).isEqualTo(2);
        assertThat(store.residents()).isEqualTo(5);
        assertThat(store.recordVersions()).isEqualTo(5); // nobody read twice
        assertThat(connectorStatus().get("state").get("lastError")).isNull();
    }

    @ParameterizedTest
    @ValueSource(strings = {"xxe", "billion-laughs"})
    void hostileXmlFromTheDepartmentIsRefusedAndNothingStored(String attack) throws Exception {
        String id = SyntheticIds.of("510112", LocalDate.of(1960, 1, 1), true, 6);
        String doctype = attack.equals("xxe")
                ? "<!DOCTYPE PersonList [<!ENTITY x SYSTEM \"file:///etc/hostname\">]>"
                : "<!DOCTYPE PersonList [<!ENTITY a \"aaaaaaaaaa\"><!ENTITY b \"&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;\">"
                        + "<!ENTITY x \"&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;\">]>";
        DEPARTMENT.answer("<?xml version=\"1.0\"?>\n" + doctype + "\n<PersonList><Person><AAC002>" + id
                + "</AAC002><AAC003>&x;</AAC003><AAE036>2026-11-02T09:30:00</AAE036></Person></PersonList>");

        startPolling();
        await().atMost(Duration.ofSeconds(20)).until(() -> state().lastError() != null);
        // polls go on every interval; stopping the route lets the one in flight finish, so no batch is still running
        camel.getRouteController().stopRoute(ROUTE);

        // every poll until the department fixes it is refused the same way
        assertThat(jdbc.queryForList("SELECT DISTINCT status || ' ' || error_code FROM batch", String.class))
                .containsExactly("FAILED xml-doctype");
        assertThat(state().lastError()).startsWith("人社就业与养老保险状态（human-resources-status）轮询到的数据未能入库（批次 ")
                .contains("FAILED）：“轮询数据（" + DEPARTMENT.hostAndPort() + "）”含有文档类型声明（<!DOCTYPE …>）。")
                .endsWith("水位未前移，下次轮询将重新读取这些数据。");
        assertThat(state().watermark()).isNull();
        assertThat(store.residents()).isZero();
        assertThat(store.recordVersions()).isZero();
    }

    private void startPolling() throws Exception {
        camel.getRouteController().startRoute(ROUTE);
    }

    private ConnectorState state() {
        return states.find(CONNECTOR);
    }

    private JsonNode connectorStatus() throws Exception {
        for (JsonNode c : json.readTree(http.getForObject("/api/connectors", String.class))) {
            if (CONNECTOR.equals(c.get("id").asText())) {
                return c;
            }
        }
        throw new AssertionError("no connector " + CONNECTOR);
    }

    /** {@code n} retired persons, changed one hour apart from {@code firstChange}. */
    private static List<Person> people(int n, String firstChange) {
        return people(n, firstChange, 0);
    }

    private static List<Person> people(int n, String firstChange, int offset) {
        LocalDateTime t = LocalDateTime.parse(firstChange);
        return IntStream.range(offset, offset + n)
                .mapToObj(i -> person(i, DateTimeFormatter.ISO_LOCAL_DATE_TIME.format(t.plusHours(i - offset)), null))
                .toList();
    }

    private static Person person(int i, String changedAt, String extra) {
        LocalDate birth = LocalDate.of(1950 + i, 1 + i % 12, 1 + i);
        boolean male = i % 2 == 0;
        return new Person(SyntheticIds.of("510112", birth, male, i), "测试" + i, male ? "1" : "2", birth.toString(),
                "1390000" + String.format("%04d", i), "31", "3", changedAt, extra);
    }
}

package cn.yibiaotong.hub.web;

import static org.assertj.core.api.Assertions.assertThat;

import cn.yibiaotong.hub.samples.AnswerKey;
import cn.yibiaotong.hub.samples.SyntheticIds;
import cn.yibiaotong.hub.testing.HubApiTest;
import cn.yibiaotong.hub.testing.TestAccounts;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/** The health department pushes JSON to POST /api/inbound/health-elderly-checks: one push, one batch, all or nothing. */
class InboundPushTest extends HubApiTest {

    static final Path SAMPLE = Path.of("samples/health-elderly-checks/elderly-checks-2026-11.json");
    static final String URL = "/api/inbound/health-elderly-checks";

    @Test
    void pushedJsonIsOneBatchWithItsReportInTheResponseAndItsRecordsInTheResidentView() throws Exception {
        long n = AnswerKey.samples().accepted("health");
        String body = Files.readString(SAMPLE);
        ResponseEntity<String> response = push(URL, body, MediaType.APPLICATION_JSON);

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        JsonNode report = json.readTree(response.getBody());
        assertThat(report.get("status").asText()).isEqualTo("COMPLETED");
        assertThat(report.get("channel").asText()).isEqualTo("push");
        assertThat(report.get("format").asText()).isEqualTo("JSON");
        assertThat(report.get("received").asLong()).isEqualTo(n + 1);
        assertThat(report.get("accepted").asLong()).isEqualTo(n);
        assertThat(report.get("warnings").asLong()).isZero();
        assertThat(report.get("message").asText()).isEqualTo("已完成：共 " + (n + 1) + " 条记录，入库 " + n
                + " 条，不合格 1 条，未变化 0 条，提示 0 条。");
        JsonNode rejection = report.get("rejections").get(0);
        assertThat(rejection.get("row").asLong()).as("the sample's last record has a birth date its ID contradicts")
                .isEqualTo(n + 1);
        assertThat(rejection.get("column").asText()).isEqualTo("csrq");
        assertThat(response.getHeaders().getLocation()).hasToString("/api/batches/" + report.get("batchId").asText());
        assertThat(store.residents()).isEqualTo(n);

        JsonNode first = json.readTree(body).get("records").get(1);
        JsonNode resident = json.readTree(http.getForObject("/api/residents/" + first.get("sfzh").asText(), String.class));
        JsonNode result = item(resident, "health.check_result");
        assertThat(result.get("value").asText()).isEqualTo(switch (first.get("tjjl").asText()) {
            case "A" -> "1";
            case "B" -> "2";
            default -> "3";
        });
        assertThat(result.get("source").get("connector").asText()).isEqualTo("health-elderly-checks");
        assertThat(result.get("source").get("batchId").asText()).isEqualTo(report.get("batchId").asText());
        assertThat(result.get("source").get("row").asLong()).isEqualTo(2);
        assertThat(item(resident, "health.check_date").get("value").asText()).isEqualTo(first.get("tjrq").asText());
        assertThat(item(resident, "person.gender").get("value").asText()).isEqualTo("F".equals(first.get("xb").asText()) ? "2" : "1");

        // the same push again changes nothing
        JsonNode again = json.readTree(push(URL, body, MediaType.APPLICATION_JSON).getBody());
        assertThat(again.get("unchanged").asLong()).isEqualTo(n);
        assertThat(again.get("rejected").asLong()).isEqualTo(1);
        assertThat(store.recordVersions()).isEqualTo(n);
    }

    @Test
    void dryRunPushChecksEverythingAndStoresNoResidentData() throws Exception {
        long n = AnswerKey.samples().accepted("health");
        ResponseEntity<String> response = push(URL + "?dryRun=true", Files.readString(SAMPLE), MediaType.APPLICATION_JSON);

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
        JsonNode report = json.readTree(response.getBody());
        assertThat(report.get("status").asText()).isEqualTo("DRY_RUN");
        assertThat(report.get("message").asText()).isEqualTo(
                "试运行：已检查全部 " + (n + 1) + " 条记录，其中 " + n + " 条将入库、1 条不合格、0 条未变化。数据未入库；确认无误后请去掉 dryRun 正式发送。");
        assertThat(store.residents()).isZero();
    }

    @Test
    void unknownPropertyIsOneWarningAndMissingRequiredFieldRejectsThatRecord() throws Exception {
        String a = SyntheticIds.of("510112", LocalDate.of(1950, 3, 12), true, 1);
        String b = SyntheticIds.of("510112", LocalDate.of(1951, 4, 2), false, 2);
        String body = "{\"records\": ["
                + "{\"sfzh\": \"" + a + "\", \"xm\": \"王德明\", \"tjjl\": \"B\", \"bz\": \"复查\"},"
                + "{\"xm\": \"无证人\", \"tjjl\": \"A\", \"bz\": \"\"},"
                + "{\"sfzh\": \"" + b + "\", \"xm\": \"李秀英\", \"tjjl\": \"A\"}]}";
        JsonNode report = json.readTree(push(URL, body, MediaType.APPLICATION_JSON).getBody());

        assertThat(report.get("received").asLong()).isEqualTo(3);
        assertThat(report.get("accepted").asLong()).isEqualTo(2);
        assertThat(report.get("rejected").asLong()).isEqualTo(1);
        assertThat(report.get("warnings").asLong()).isEqualTo(1);
        assertThat(report.get("warningDetails").get(0).get("reason").asText()).isEqualTo("“推送数据”中的字段“bz”（第 1 条记录起出现）"
                + "不在连接器的字段中，其内容未读取。如需导入，请联系管理员在连接器中添加该字段。");
        JsonNode rejection = report.get("rejections").get(0);
        assertThat(rejection.get("row").asLong()).isEqualTo(2);
        assertThat(rejection.get("column").asText()).isEqualTo("sfzh");
        // issue 4: a record without an ID is kept when name and birth date can identify it; this one has no birth date
        assertThat(rejection.get("reason").asText()).isEqualTo("该条记录没有公民身份号码，也没有出生日期，无法确定是哪位居民。"
                + "请补填身份证号；没有身份证号的（如儿童、流动人口），请至少填写姓名和出生日期。");
        assertThat(store.residents()).isEqualTo(2);
        String csv = new String(http.getForObject(report.get("correctionFileUrl").asText(), byte[].class), StandardCharsets.UTF_8);
        assertThat(csv).contains("第 2 条记录：sfzh：该条记录没有公民身份号码，也没有出生日期");
    }

    @Test
    void sameResidentTwiceInOnePushRejectsTheSecondRecordSayingRecord() throws Exception {
        String a = SyntheticIds.of("510112", LocalDate.of(1950, 3, 12), true, 1);
        String record = "{\"sfzh\": \"" + a + "\", \"xm\": \"王德明\"}";
        JsonNode report = json.readTree(push(URL, "{\"records\": [" + record + "," + record + "]}", MediaType.APPLICATION_JSON).getBody());

        assertThat(report.get("rejections").get(0).get("reason").asText())
                .isEqualTo("与第 1 条记录是同一个公民身份号码：同一人在一批数据中只能出现一次。请合并这两条记录后重新发送。");
    }

    @Test
    void syntaxErrorAfterTheFirstChunkLeavesNothingStored() throws Exception {
        // more records than one chunk: the error is found while the batch is checked, before anything of it is applied
        List<String> records = new ArrayList<>();
        for (int i = 0; i < 600; i++) {
            records.add("{\"sfzh\": \"" + SyntheticIds.of("510112", LocalDate.of(1940, 1, 1).plusDays(i), i % 2 == 0, i % 400)
                    + "\", \"xm\": \"测试" + i + "\"}");
        }
        String body = "{\"records\": [\n" + String.join(",\n", records) + "\n],\n\"dcsj\": 2026-11-20}";
        ResponseEntity<String> response = push(URL, body, MediaType.APPLICATION_JSON);

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.UNPROCESSABLE_ENTITY);
        JsonNode problem = json.readTree(response.getBody());
        assertThat(problem.get("title").asText()).isEqualTo("推送数据无法读取");
        assertThat(problem.get("detail").asText()).isEqualTo("“推送数据”第 603 行第 13 列附近不是有效的 JSON"
                + "（如缺少引号、逗号或括号，或含有非 UTF-8 字符）。请修正该处后重新发送整批数据。");
        assertThat(problem.get("errorCode").asText()).isEqualTo("bad-json");
        assertThat(problem.get("report").get("status").asText()).isEqualTo("FAILED");
        assertThat(problem.get("report").get("received").asLong()).isZero();
        assertNothingStored();
    }

    @Test
    void pushesOfTheWrongShapeAreRefusedSayingWhatIsWrong() throws Exception {
        assertRefused("{\"records\": {\"sfzh\": \"510112195003120017\"}}", "records-not-array",
                "“推送数据”中 /records 处应为记录数组（[…]），实际是对象（{…}）。请把每条记录作为数组中的一个对象发送。");
        assertRefused("{\"records\": [[\"510112195003120017\", \"王德明\"]]}", "record-not-object",
                "“推送数据”中第 1 条记录应为对象（{…}），实际是数组（[…]）。请把每条记录写成 {\"字段\": 值, …} 的形式。");
        assertRefused("{\"records\": [{\"sfzh\": \"510112195003120017\", \"xm\": {\"xing\": \"王\", \"ming\": \"德明\"}}]}",
                "nested-value", "“推送数据”中第 1 条记录的字段“xm”应为单个值（文本、数字、true/false 或 null），实际是对象（{…}）。请把该字段改为单个值。");
        assertRefused("{\"data\": []}", "no-records-array",
                "“推送数据”中没有记录数组 /records。连接器规定记录放在该位置（JSON 指针），例如 {\"records\": [{…}, {…}]}。请按约定的结构发送。");
        assertRefused("{\"records\": []}", "no-records", "“推送数据”中没有任何记录。请确认发送的数据包含记录。");
    }

    @Test
    void emptyBodyWrongContentTypeAndWrongConnectorAreProblemsInChinese() throws Exception {
        assertProblem(push(URL, "", MediaType.APPLICATION_JSON), HttpStatus.BAD_REQUEST,
                "推送的请求体是空的（0 字节）。请在请求体中发送 JSON 数据后重新推送。");
        assertProblem(push(URL, Files.readString(SAMPLE), MediaType.TEXT_PLAIN), HttpStatus.UNSUPPORTED_MEDIA_TYPE,
                "连接器“health-elderly-checks”接受 JSON 推送，本次请求的 Content-Type 是“text/plain”。请以 Content-Type: application/json 发送。");
        assertProblem(push(URL, Files.readString(SAMPLE), MediaType.APPLICATION_XML), HttpStatus.UNSUPPORTED_MEDIA_TYPE,
                "连接器“health-elderly-checks”接受 JSON 推送，本次请求的 Content-Type 是“application/xml”。请以 Content-Type: application/json 发送。");
        assertProblem(push("/api/inbound/no-such-system", "{}", MediaType.APPLICATION_JSON), HttpStatus.NOT_FOUND,
                "连接器“no-such-system”不存在。接受推送的连接器：health-elderly-checks、hotline-12345。");
        assertProblem(push("/api/inbound/street-roster", "{}", MediaType.APPLICATION_JSON), HttpStatus.BAD_REQUEST,
                "连接器“street-roster”不接受推送（其 transport 中没有 push: true）。接受推送的连接器：health-elderly-checks、hotline-12345。");
        assertThat(store.count("SELECT COUNT(*) FROM batch")).isZero();
        assertNothingStored();
    }

    @Test
    void pushOverTheSizeLimitIs413AndNothingIsRead() throws Exception {
        // the tests' limit is 1 MB (HubIntegrationTest)
        String body = "{\"records\": [], \"padding\": \"" + "x".repeat(1024 * 1024) + "\"}";
        assertProblem(push(URL, body, MediaType.APPLICATION_JSON), HttpStatus.PAYLOAD_TOO_LARGE,
                "推送内容超过了允许的 1 MB（1048576 字节），未读取。请分成几次推送，每次不超过该大小。");
        assertThat(store.count("SELECT COUNT(*) FROM batch")).isZero();

        // a chunked body declares no length: it is cut off once it passes the limit
        HttpResponse<String> chunked = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        URI.create(http.getRootUri() + URL)).header("Content-Type", "application/json")
                .header("Authorization", TestAccounts.adminAuthorization())
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(body.getBytes(StandardCharsets.UTF_8))))
                .build(), HttpResponse.BodyHandlers.ofString());
        assertThat(chunked.statusCode()).isEqualTo(413);
        assertThat(json.readTree(chunked.body()).get("detail").asText())
                .isEqualTo("推送内容超过了允许的 1 MB（1048576 字节），未读取。请分成几次推送，每次不超过该大小。");
        assertThat(store.count("SELECT COUNT(*) FROM batch")).isZero();
    }

    @Test
    void connectorStatusListsThePushEndpoint() throws Exception {
        for (JsonNode c : json.readTree(http.getForObject("/api/connectors", String.class))) {
            if ("health-elderly-checks".equals(c.get("id").asText())) {
                assertThat(c.get("transports").get(0).asText()).isEqualTo("push:/api/inbound/health-elderly-checks");
                assertThat(c.get("format").asText()).isEqualTo("json");
                return;
            }
        }
        throw new AssertionError("health-elderly-checks not listed");
    }

    private void assertRefused(String body, String code, String detail) throws Exception {
        ResponseEntity<String> response = push(URL, body, MediaType.APPLICATION_JSON);
        JsonNode problem = assertProblem(response, HttpStatus.UNPROCESSABLE_ENTITY, detail);
        assertThat(problem.get("errorCode").asText()).isEqualTo(code);
        assertThat(problem.get("report").get("status").asText()).isEqualTo("FAILED");
        assertNothingStored();
    }

    private JsonNode assertProblem(ResponseEntity<String> response, HttpStatus status, String detail) throws Exception {
        assertThat(response.getStatusCode()).isEqualTo(status);
        assertThat(response.getHeaders().getContentType()).hasToString("application/problem+json");
        JsonNode problem = json.readTree(response.getBody());
        assertThat(problem.get("detail").asText()).isEqualTo(detail);
        return problem;
    }

    private void assertNothingStored() {
        assertThat(store.residents()).isZero();
        assertThat(store.recordVersions()).isZero();
    }

    private ResponseEntity<String> push(String url, String body, MediaType type) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(type);
        return http.postForEntity(url, new HttpEntity<>(body.getBytes(StandardCharsets.UTF_8), headers), String.class);
    }
}

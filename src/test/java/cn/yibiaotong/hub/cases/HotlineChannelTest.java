package cn.yibiaotong.hub.cases;

import static org.assertj.core.api.Assertions.assertThat;

import cn.yibiaotong.hub.samples.CaseSampleGenerator;
import cn.yibiaotong.hub.testing.HubApiTest;
import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * The 12345 hotline pushes work orders through connectors/hotline-12345.yaml, in its own field names and category
 * codes: each becomes a case, through the same ingest pipeline and batch report as any department's data.
 */
class HotlineChannelTest extends HubApiTest {

    static final String URL = "/api/inbound/hotline-12345";
    static final String UNKNOWN_TYPE = "事项类别的取值不在“事项清单”（hub）中。可填写代码或名称：001 物业管理、002 环境卫生、003 噪声扰民、"
            + "004 占道经营、005 社会救助、006 就业社保、007 医疗卫生、008 残疾人服务、009 退役军人服务、010 矛盾纠纷、011 安全隐患、012 户籍办理。";

    @Test
    void workOrdersBecomeCasesWithTheirMatterFromTheCodeMapAndKnownCallersLinked() throws Exception {
        JsonNode health = json.readTree(Files.readString(Path.of("samples/health-elderly-checks/elderly-checks-2026-11.json")));
        assertThat(push("/api/inbound/health-elderly-checks", health.toString()).getStatusCode()).isEqualTo(HttpStatus.CREATED);
        String body = Files.readString(CaseSampleGenerator.HOTLINE);
        JsonNode orders = json.readTree(body).get("gdlb");

        ResponseEntity<String> response = push(URL, body);

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        JsonNode report = json.readTree(response.getBody());
        assertThat(report.get("status").asText()).isEqualTo("COMPLETED");
        assertThat(report.get("received").asLong()).isEqualTo(20);
        assertThat(report.get("accepted").asLong()).isEqualTo(19);
        JsonNode rejection = report.get("rejections").get(0);
        assertThat(rejection.get("row").asLong()).isEqualTo(20);
        assertThat(rejection.get("column").asText()).isEqualTo("gdlx");
        assertThat(rejection.get("reason").asText()).isEqualTo(UNKNOWN_TYPE);

        Map<String, JsonNode> cases = cases("");
        assertThat(cases).hasSize(19).doesNotContainKey("GD202611200020");
        assertThat(store.count("SELECT COUNT(*) FROM hub_case WHERE external_ref = ?", "GD202611200020")).isZero();
        JsonNode first = cases.get("GD202611200001");
        assertThat(first.get("channel").asText()).isEqualTo("hotline");
        assertThat(first.get("matter").asText()).as("WY01 through the code map").isEqualTo("001");
        assertThat(first.get("ledger").asText()).as("the matter's ledger").isEqualTo("demand");
        assertThat(first.get("title").asText()).isEqualTo(orders.get(0).get("bt").asText());
        assertThat(first.get("divisionCode").asText()).as("found in the address").isEqualTo("510112001001");
        assertThat(first.get("receivedAt").asText()).startsWith("2026-11-10T00:00");
        String residentId = json.readTree(http.getForObject("/api/residents/"
                + health.get("records").get(0).get("sfzh").asText(), String.class)).get("residentId").asText();
        assertThat(first.get("residentId").asText()).as("the caller's phone is the resident's").isEqualTo(residentId);
        assertThat(cases.get("GD202611200006").path("residentId").asText(null)).as("an unknown caller").isNull();
        assertThat(cases.get("GD202611200011").get("matter").asText()).isEqualTo("011");

        JsonNode again = json.readTree(push(URL, body).getBody());
        assertThat(again.get("accepted").asLong()).isZero();
        assertThat(again.get("unchanged").asLong()).isEqualTo(19);
        assertThat(again.get("rejected").asLong()).isEqualTo(1);
        assertThat(store.count("SELECT COUNT(*) FROM hub_case")).as("no second case for a work order").isEqualTo(19);
    }

    @Test
    void dryRunChecksTheWorkOrdersAndStoresNoCase() throws Exception {
        ResponseEntity<String> response = push(URL + "?dryRun=true", Files.readString(CaseSampleGenerator.HOTLINE));

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
        JsonNode report = json.readTree(response.getBody());
        assertThat(report.get("status").asText()).isEqualTo("DRY_RUN");
        assertThat(report.get("message").asText()).isEqualTo(
                "试运行：已检查全部 20 条记录，其中 19 条将入库、1 条不合格、0 条未变化。数据未入库；确认无误后请去掉 dryRun 正式发送。");
        assertThat(store.count("SELECT COUNT(*) FROM hub_case")).isZero();
        assertThat(store.count("SELECT COUNT(*) FROM case_event")).isZero();
    }

    @Test
    void aWorkOrderWithoutCitizenIdIsNoProblemButOneWithoutTitleIsRejectedAlone() throws Exception {
        String body = "{\"gdlb\": [{\"gdbh\": \"GD1\", \"gdlx\": \"ZS03\", \"bt\": \"夜间施工\"},"
                + "{\"gdbh\": \"GD2\", \"gdlx\": \"ZS03\", \"bt\": \"  \"}]}";
        JsonNode report = json.readTree(push(URL, body).getBody());

        assertThat(report.get("accepted").asLong()).isEqualTo(1);
        assertThat(report.get("rejections").get(0).get("row").asLong()).isEqualTo(2);
        assertThat(report.get("rejections").get(0).get("reason").asText()).isEqualTo("必填项“bt”为空。请补填。");
        assertThat(cases("").keySet()).containsExactly("GD1");
        assertThat(cases("").get("GD1").get("matter").asText()).isEqualTo("003");
    }

    private Map<String, JsonNode> cases(String query) throws Exception {
        JsonNode page = json.readTree(http.getForObject("/api/cases?size=100" + query, String.class));
        Map<String, JsonNode> byRef = new HashMap<>();
        page.get("content").forEach(c -> byRef.put(c.get("externalRef").asText(), c));
        return byRef;
    }

    private ResponseEntity<String> push(String url, String body) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        return http.postForEntity(url, new HttpEntity<>(body.getBytes(StandardCharsets.UTF_8), headers), String.class);
    }
}

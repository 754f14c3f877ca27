package cn.yibiaotong.hub.cases;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/** One canonical case from any channel: routed by the matter list, placed, linked to its resident, checked whole. */
class CaseIntakeTest extends CaseApiTest {

    @Autowired
    CaseSchema schema;

    @Test
    void aGridWorkersDemandIsRoutedByTheMatterList() throws Exception {
        ObjectNode in = intake("001", "小区电梯停运三天");
        in.put("description", "3 栋电梯停运，老人无法下楼");
        in.putObject("location").put("gridCode", "510112001001002");

        ResponseEntity<String> r = post("/api/cases", in);

        assertThat(r.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        JsonNode body = json.readTree(r.getBody());
        assertThat(body.get("outcome").asText()).isEqualTo("created");
        JsonNode c = body.get("caseView");
        assertThat(c.get("channel").asText()).isEqualTo("grid");
        assertThat(c.get("ledger").asText()).isEqualTo("demand");
        assertThat(c.get("matterName").asText()).isEqualTo("物业管理");
        assertThat(c.get("department").asText()).isEqualTo("housing");
        assertThat(c.get("level").asText()).isEqualTo("street");
        assertThat(c.get("divisionCode").asText()).isEqualTo("510112001001");
        assertThat(c.get("gridCode").asText()).isEqualTo("510112001001002");
        assertThat(c.get("step").asText()).isEqualTo("register");
        assertThat(c.get("stepName").asText()).isEqualTo("分类建账");
        // Monday 09:00 + 5 working days = next Monday 09:00, Beijing time
        assertThat(c.get("receivedAt").asText()).isEqualTo("2026-11-23T09:00:00+08:00");
        assertThat(c.get("deadline").asText()).isEqualTo("2026-11-30T09:00:00+08:00");
        assertThat(c.get("history").get(0).get("kind").asText()).isEqualTo("received");
        // the API answers with the canonical case of schemas/case.schema.json
        assertThat(schema.violationsOfCase(caseJson(body.get("caseId").asLong()))).isEmpty();
    }

    @Test
    void theCommunityIsFoundInTheAddressAndTheReporterByPhone() throws Exception {
        uploads.upload("street-roster", Path.of("samples/street-roster/damian-street-2026-11-gbk.csv"), false);
        String residentId = jdbc.queryForObject("SELECT resident_id FROM v_resident_record WHERE item_values LIKE"
                + " '%\"person.phone\":\"1%' ORDER BY resident_id FETCH FIRST 1 ROWS ONLY", String.class);
        String recordJson = jdbc.queryForObject("SELECT item_values FROM v_resident_record WHERE resident_id = ?",
                String.class, residentId);
        String phone = json.readTree(recordJson).get("person.phone").asText();
        ObjectNode in = intake("003", "夜间施工噪声");
        in.put("channel", "hotline");
        in.put("externalRef", "12345-20261123-0001");
        in.putObject("reporter").put("phone", phone);
        in.putObject("location").put("address", "龙泉驿区龙泉街道滨河花园社区 5 栋楼下工地");

        JsonNode c = json.readTree(post("/api/cases", in).getBody()).get("caseView");

        assertThat(c.get("divisionCode").asText()).isEqualTo("510112001001");
        assertThat(c.get("divisionName").asText()).isEqualTo("滨河花园社区居委会");
        assertThat(c.get("residentId").asText()).isEqualTo(residentId);
        assertThat(c.get("ledger").asText()).isEqualTo("complaint");
        assertThat(c.get("deadline").asText()).isEqualTo("2026-11-24T09:00:00+08:00");
    }

    @Test
    void anAddressThatNamesNoCommunityLeavesTheCaseUnplacedButRouted() throws Exception {
        ObjectNode in = intake("002", "垃圾桶满溢");
        in.putObject("location").put("address", "龙泉驿区某某路口");

        JsonNode c = json.readTree(post("/api/cases", in).getBody()).get("caseView");

        assertThat(c.has("divisionCode")).isFalse();
        assertThat(c.get("department").asText()).isEqualTo("urban-management");
    }

    @Test
    void theSameHotlineTicketTwiceIsOneCase() throws Exception {
        ObjectNode in = intake("002", "垃圾清运不及时");
        in.put("channel", "hotline");
        in.put("externalRef", "12345-0002");
        long id = create(in);

        ResponseEntity<String> again = post("/api/cases", in);

        assertThat(again.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(json.readTree(again.getBody()).get("outcome").asText()).isEqualTo("already-received");
        assertThat(json.readTree(again.getBody()).get("caseId").asLong()).isEqualTo(id);
        assertThat(store.count("SELECT COUNT(*) FROM hub_case")).isEqualTo(1);
    }

    @Test
    void missingFieldsWrongCodesAndUnknownFieldsAreNamedAndNothingIsStored() throws Exception {
        String body = "{\"channel\":\"fax\",\"ledger\":\"praise\",\"matter\":\"001\",\"reporter\":{\"mobile\":\"13800000000\"}}";

        ResponseEntity<String> r = post("/api/cases", body);

        assertThat(r.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(json.readTree(r.getBody()).get("detail").asText()).isEqualTo(
                "字段“channel”的取值“fax”不在允许范围内，应为以下之一：hotline、grid、ledger、open311、department。"
                        + "字段“ledger”的取值“praise”不在允许范围内，应为以下之一：suggestion、demand、complaint。"
                        + "不认识的字段“reporter.mobile”。请删除它，或对照 schemas/case.schema.json 改正拼写。"
                        + "缺少必填字段“title”（诉求标题，一句话）。");
        assertNothingStored();
    }

    @Test
    void anUnknownMatterListsTheMatters() throws Exception {
        ResponseEntity<String> r = post("/api/cases", intake("999", "测试"));

        assertThat(r.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(json.readTree(r.getBody()).get("detail").asText()).startsWith(
                "字段“matter”的事项代码“999”不在事项清单中。请改用 config/matters.yaml 中的代码：001（物业管理）、002（环境卫生）、");
        assertNothingStored();
    }

    @Test
    void aDivisionCodeThatIsNotACommunityIsRefused() throws Exception {
        ObjectNode in = intake("001", "电梯故障");
        in.putObject("location").put("divisionCode", "510112001000");

        ResponseEntity<String> r = post("/api/cases", in);

        assertThat(r.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(json.readTree(r.getBody()).get("detail").asText()).isEqualTo(
                "区划代码 510112001000 不是本区的社区（村）。请填写社区的 12 位区划代码，如 510112001001。");
        assertNothingStored();
    }

    @Test
    void anInvalidIdNumberAndABodyThatIsNotJsonAreRefused() throws Exception {
        ObjectNode in = intake("005", "申请低保");
        in.putObject("reporter").put("idNumber", "510112199001011234");
        ResponseEntity<String> badId = post("/api/cases", in);
        ResponseEntity<String> notJson = post("/api/cases", "{\"matter\": ");

        assertThat(badId.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(json.readTree(badId.getBody()).get("detail").asText()).startsWith("字段“reporter.idNumber”：");
        assertThat(notJson.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(json.readTree(notJson.getBody()).get("detail").asText())
                .isEqualTo("请求体不是合法的 JSON，或某个字段的类型不对（例如应为文本却给了对象）。请检查后重新提交。");
        assertNothingStored();
    }

    private void assertNothingStored() {
        assertThat(store.count("SELECT COUNT(*) FROM hub_case")).isZero();
        assertThat(store.count("SELECT COUNT(*) FROM case_event")).isZero();
        assertThat(store.count("SELECT COUNT(*) FROM case_link")).isZero();
    }
}

package cn.yibiaotong.hub.cases;

import static org.assertj.core.api.Assertions.assertThat;

import cn.yibiaotong.hub.datalist.CodeEntry;
import cn.yibiaotong.hub.datalist.DataList;
import cn.yibiaotong.hub.samples.CaseSampleGenerator;
import cn.yibiaotong.hub.testing.HubApiTest;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.HashMap;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/** The secretary's three ledgers (三本账) imported as XLSX through connectors/secretary-ledgers.yaml. */
class LedgerChannelTest extends HubApiTest {

    @Autowired
    Matters matters;
    @Autowired
    DataList dataList;

    @Test
    void ledgerWorkbookBecomesCasesInTheLedgerEachRowNames() throws Exception {
        ResponseEntity<String> response = uploads.upload("secretary-ledgers", CaseSampleGenerator.LEDGER, false);

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        JsonNode report = json.readTree(response.getBody());
        assertThat(report.get("status").asText()).isEqualTo("COMPLETED");
        assertThat(report.get("received").asLong()).isEqualTo(20);
        assertThat(report.get("accepted").asLong()).isEqualTo(19);
        JsonNode rejection = report.get("rejections").get(0);
        assertThat(rejection.get("row").asLong()).as("header in row 1, the 20th record in row 21").isEqualTo(21);
        assertThat(rejection.get("column").asText()).isEqualTo("台账类别");
        assertThat(rejection.get("reason").asText()).isEqualTo("台账类别的取值不在“书记民情台账（三本账）”（hub）中。"
                + "可填写代码或名称：suggestion 意见建议、demand 利益诉求、complaint 投诉举报。");

        Map<String, JsonNode> cases = cases("");
        assertThat(cases).hasSize(19).doesNotContainKey("TZ-2026-020");
        JsonNode first = cases.get("TZ-2026-001");
        assertThat(first.get("channel").asText()).isEqualTo("ledger");
        assertThat(first.get("ledger").asText()).as("意见建议, not the matter's own ledger").isEqualTo("suggestion");
        assertThat(first.get("matter").asText()).as("物业管理 by name").isEqualTo("001");
        assertThat(first.get("divisionCode").asText()).isEqualTo("510112001001");
        assertThat(first.get("gridCode").asText()).isEqualTo("510112001001001");
        assertThat(first.get("receivedAt").asText()).startsWith("2026-11-01T00:00");
        assertThat(cases.get("TZ-2026-002").get("ledger").asText()).isEqualTo("demand");
        assertThat(cases.get("TZ-2026-003").get("ledger").asText()).isEqualTo("complaint");
        assertThat(cases("&ledger=suggestion")).hasSize(7);

        JsonNode again = json.readTree(uploads.upload("secretary-ledgers", CaseSampleGenerator.LEDGER, false).getBody());
        assertThat(again.get("unchanged").asLong()).isEqualTo(19);
        assertThat(store.count("SELECT COUNT(*) FROM hub_case")).isEqualTo(19);
    }

    @Test
    void dryRunUploadStoresNoCase() throws Exception {
        JsonNode report = json.readTree(uploads.upload("secretary-ledgers", CaseSampleGenerator.LEDGER, true).getBody());

        assertThat(report.get("status").asText()).isEqualTo("DRY_RUN");
        assertThat(report.get("accepted").asLong()).isEqualTo(19);
        assertThat(store.count("SELECT COUNT(*) FROM hub_case")).isZero();
    }

    @Test
    void matterCodeListIsTheMatterList() {
        Map<String, String> codeList = dataList.codeList("matter").orElseThrow().entries().stream()
                .collect(Collectors.toMap(CodeEntry::code, CodeEntry::name));
        Map<String, String> matterList = matters.all().stream().collect(Collectors.toMap(Matter::code, Matter::name));
        assertThat(codeList).as("schemas/codelists/matter.csv is kept in step with config/matters.yaml")
                .isEqualTo(matterList);
    }

    private Map<String, JsonNode> cases(String query) throws Exception {
        JsonNode page = json.readTree(http.getForObject("/api/cases?size=100" + query, String.class));
        Map<String, JsonNode> byRef = new HashMap<>();
        page.get("content").forEach(c -> byRef.put(c.get("externalRef").asText(), c));
        return byRef;
    }
}

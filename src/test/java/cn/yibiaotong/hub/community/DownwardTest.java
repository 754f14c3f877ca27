package cn.yibiaotong.hub.community;

import static org.assertj.core.api.Assertions.assertThat;

import cn.yibiaotong.hub.testing.DeliveryApiTest;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayInputStream;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/**
 * Down the chain: what the departments know reaches the community that serves the residents, as a list, as a
 * workbook and as a change feed — and only that community's residents.
 */
class DownwardTest extends DeliveryApiTest {

    private static final String COMMUNITY = "510112001001";

    @Test
    void aCommunitySeesTheDepartmentRollsOfItsOwnResidentsOnly() throws Exception {
        loadDistrict();

        JsonNode roll = json.readTree(http.getForObject("/api/communities/" + COMMUNITY
                + "/residents?department=civil-affairs&size=500", String.class));

        Set<String> expected = ids(json.readTree(http.getForObject("/api/residents?division=" + COMMUNITY
                + "&item=welfare.assistance_type&size=500", String.class)).get("content"));
        assertThat(roll).isNotEmpty();
        assertThat(ids(roll)).isEqualTo(expected);
        for (JsonNode r : roll) {
            assertThat(r.get("communityCode").asText()).isEqualTo(COMMUNITY);
            assertThat(r.get("items")).allSatisfy(i -> assertThat(i.get("department").asText()).isEqualTo("civil-affairs"));
            assertThat(r.get("items")).anySatisfy(i -> assertThat(i.get("code").asText()).isEqualTo("welfare.assistance_type"));
        }
        assertThat(store.count("SELECT COUNT(DISTINCT community_code) FROM resident WHERE id IN (SELECT resident_id"
                + " FROM resident_record WHERE connector_id = 'civil-affairs-assistance')")).as("the roll spans communities")
                .isGreaterThan(1);
    }

    @Test
    void theWorkbookExportHoldsNobodyFromAnotherCommunity() throws Exception {
        loadDistrict();
        String name = json.readTree(http.getForObject("/api/residents?division=" + COMMUNITY, String.class))
                .get("content").get(0).get("communityName").asText();
        long inCommunity = store.count("SELECT COUNT(*) FROM resident WHERE community_code = ?", COMMUNITY);

        byte[] xlsx = http.getForObject("/api/communities/" + COMMUNITY + "/residents.xlsx", byte[].class);

        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            Sheet sheet = book.getSheetAt(0);
            assertThat(cells(sheet.getRow(0))).startsWith("姓名", "公民身份号码", "所属社区", "所属网格")
                    .contains("低保类型", "残疾类别", "健康体检日期").endsWith("体检逾期").doesNotContain("联系电话");
            assertThat(sheet.getLastRowNum()).isEqualTo(inCommunity);
            for (int i = 1; i <= sheet.getLastRowNum(); i++) {
                assertThat(sheet.getRow(i).getCell(2).getStringCellValue()).isEqualTo(name);
            }
        }
    }

    @Test
    void theChangeFeedGivesEachChangeOnceInOrderAndThenOnlyWhatIsNew() throws Exception {
        String since = OffsetDateTime.now().minusMinutes(1).toString();
        assertThat(uploads.upload("street-roster", Path.of("samples/street-roster/longquan-street-2026-11.xlsx"), false)
                .getStatusCode().value()).isEqualTo(201);
        long versions = store.count("SELECT COUNT(*) FROM resident_record s JOIN resident r ON r.id = s.resident_id"
                + " WHERE r.community_code LIKE ?", COMMUNITY + "%");

        List<JsonNode> all = new ArrayList<>();
        JsonNode page = json.readTree(http.getForObject("/api/changes?division=" + COMMUNITY + "&since=" + since
                + "&size=7", String.class));
        all.addAll(list(page.get("changes")));
        while (page.get("hasMore").asBoolean()) {
            page = json.readTree(http.getForObject("/api/changes?division=" + COMMUNITY + "&after="
                    + page.get("next").asText() + "&size=7", String.class));
            all.addAll(list(page.get("changes")));
        }

        assertThat(all).hasSize((int) versions);
        assertThat(all).allSatisfy(c -> assertThat(c.get("communityCode").asText()).isEqualTo(COMMUNITY));
        assertThat(all).extracting(c -> c.get("idNumber").asText() + c.get("connector").asText()).doesNotHaveDuplicates();
        assertThat(all).allSatisfy(c -> assertThat(c.get("changes")).anySatisfy(i ->
                assertThat(i.get("item").asText()).isEqualTo("person.name")));
        String cursor = page.get("next").asText();
        assertThat(json.readTree(http.getForObject("/api/changes?division=" + COMMUNITY + "&after=" + cursor,
                String.class)).get("changes")).isEmpty();

        uploads.upload("civil-affairs-assistance", Path.of("samples/civil-affairs-assistance/longquanyi-dibao-2026-11-gbk.csv"), false);

        JsonNode fresh = json.readTree(http.getForObject("/api/changes?division=" + COMMUNITY + "&after=" + cursor
                + "&size=500", String.class));
        assertThat(fresh.get("changes")).isNotEmpty().allSatisfy(c -> {
            assertThat(c.get("connector").asText()).isEqualTo("civil-affairs-assistance");
            assertThat(c.get("department").asText()).isEqualTo("civil-affairs");
        });
    }

    @Test
    void aFeedRequestWithoutAStartSaysHowToGiveOne() throws Exception {
        var response = http.getForEntity("/api/changes?division=" + COMMUNITY, String.class);

        assertThat(response.getStatusCode().value()).isEqualTo(400);
        assertThat(json.readTree(response.getBody()).get("detail").asText())
                .isEqualTo("缺少 since（起始时刻），如 since=2026-11-01 或 since=2026-11-01T08:00:00+08:00。");
    }

    @Test
    void aCursorTheFeedDidNotHandOutIsRefused() throws Exception {
        var response = http.getForEntity("/api/changes?division=" + COMMUNITY + "&after=not-a-cursor", String.class);

        assertThat(response.getStatusCode().value()).isEqualTo(400);
        assertThat(json.readTree(response.getBody()).get("detail").asText())
                .isEqualTo("after 不是本接口返回的 next 值，请原样传回上一页的 next，或改用 since 重新开始。");
    }

    private void loadDistrict() throws Exception {
        assertThat(uploads.upload("street-roster", Path.of("samples/street-roster/longquan-street-2026-11.xlsx"), false)
                .getStatusCode().value()).isEqualTo(201);
        assertThat(uploads.upload("civil-affairs-assistance",
                Path.of("samples/civil-affairs-assistance/longquanyi-dibao-2026-11-gbk.csv"), false).getStatusCode().value())
                .isEqualTo(201);
        assertThat(uploads.upload("disabled-persons-certificates",
                Path.of("samples/disabled-persons-certificates/longquanyi-certificates-2026-11.xlsx"), false)
                .getStatusCode().value()).isEqualTo(201);
    }

    private static Set<String> ids(JsonNode residents) {
        Set<String> ids = new HashSet<>();
        residents.forEach(r -> ids.add(r.get("idNumber").asText()));
        return ids;
    }

    private static List<JsonNode> list(JsonNode array) {
        List<JsonNode> result = new ArrayList<>();
        array.forEach(result::add);
        return result;
    }

    private static List<String> cells(Row row) {
        List<String> cells = new ArrayList<>();
        row.forEach(c -> cells.add(c.getStringCellValue()));
        return cells;
    }
}

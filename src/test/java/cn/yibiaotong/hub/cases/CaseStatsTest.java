package cn.yibiaotong.hub.cases;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayInputStream;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/**
 * Statistics on a fixture whose answers are worked out by hand (now = Monday 2026-11-23 09:00 Beijing time):
 * <pre>
 * case  matter (dept, deadline)        community          received          closed            hours verdict  overdue
 * A     001 (housing, 5 working days)  滨河花园 (龙泉街道)  Mon 11-02 09:00   Wed 11-04 09:00    48   满意      no
 * B     001 (housing)                  长柏路 (龙泉街道)    Mon 11-02 09:00   Thu 11-12 09:00   240   不满意    yes (due 11-09)
 * C     002 (urban-mgmt, 2 days)       民乐 (大面街道)      Fri 11-20 09:00   open               -     -        yes (due 11-22)
 * D     005 (civil-affairs, 7 w.days)  民乐 (大面街道)      Fri 11-20 09:00   open               -     -        no  (due 12-01)
 * E     012 (public-security, sugg.)   滨河花园 (龙泉街道)  Mon 08-10 09:00   Tue 08-11 21:00    36   基本满意  no
 * F     = C again (same phone, matter, community, 20 hours later): linked to C, not counted
 * </pre>
 */
class CaseStatsTest extends CaseApiTest {

    private long a;

    @BeforeEach
    void fixture() throws Exception {
        a = create(at("001", "510112001001", "2026-11-02T09:00:00+08:00", "13880000001"));
        long b = create(at("001", "510112001002", "2026-11-02T09:00:00+08:00", "13880000002"));
        create(at("002", "510112002002", "2026-11-20T09:00:00+08:00", "13880000003"));
        create(at("005", "510112002002", "2026-11-20T09:00:00+08:00", "13880000004"));
        long e = create(at("012", "510112001001", "2026-08-10T09:00:00+08:00", "13880000005"));
        ResponseEntity<String> f = post("/api/cases", at("002", "510112002002", "2026-11-21T05:00:00+08:00", "13880000003"));
        assertThat(json.readTree(f.getBody()).get("outcome").asText()).isEqualTo("linked");

        clock.set("2026-11-04T01:00:00Z");
        walk(a, "close", "满意");
        clock.set("2026-11-12T01:00:00Z");
        walk(b, "close", "不满意");
        clock.set("2026-08-11T13:00:00Z");
        walk(e, "close", "基本满意");
        clock.set(MONDAY_9AM);
    }

    @Test
    void rolledUpByStreet() throws Exception {
        JsonNode s = stats("by=division&level=town");

        assertRow(s.get("rows").get(0), "510112001", "龙泉街道", 3, 3, 100.0, 3, 66.7, 1, 48.0);
        assertRow(s.get("rows").get(1), "510112002", "大面街道", 2, 0, 0.0, 0, null, 1, null);
        assertRow(s.get("total"), "total", "合计", 5, 3, 60.0, 3, 66.7, 2, 48.0);
    }

    @Test
    void rolledUpByCommunityAndFilteredByDivisionPrefix() throws Exception {
        JsonNode s = stats("by=division&level=village");
        JsonNode inLongquan = stats("by=department&division=510112001000");

        assertThat(s.get("rows")).hasSize(3);
        assertRow(s.get("rows").get(0), "510112001001", "滨河花园社区居委会", 2, 2, 100.0, 2, 100.0, 0, 42.0);
        assertRow(s.get("rows").get(1), "510112001002", "长柏路社区居委会", 1, 1, 100.0, 1, 0.0, 1, 240.0);
        assertRow(s.get("rows").get(2), "510112002002", "民乐社区居委会", 2, 0, 0.0, 0, null, 1, null);
        assertThat(inLongquan.get("rows")).hasSize(2);
        assertRow(inLongquan.get("total"), "total", "合计", 3, 3, 100.0, 3, 66.7, 1, 48.0);
    }

    @Test
    void byDepartmentLedgerAndQuarter() throws Exception {
        JsonNode d = stats("by=department").get("rows");
        JsonNode l = stats("by=ledger").get("rows");
        JsonNode q = stats("by=quarter").get("rows");

        assertRow(d.get(0), "civil-affairs", "民政局", 1, 0, 0.0, 0, null, 0, null);
        assertRow(d.get(1), "housing", "住房和城乡建设局", 2, 2, 100.0, 2, 50.0, 1, 144.0);
        assertRow(d.get(2), "public-security", "公安局（户籍）", 1, 1, 100.0, 1, 100.0, 0, 36.0);
        assertRow(d.get(3), "urban-management", "综合行政执法局（城市管理）", 1, 0, 0.0, 0, null, 1, null);
        assertRow(l.get(0), "complaint", "投诉举报", 1, 0, 0.0, 0, null, 1, null);
        assertRow(l.get(1), "demand", "利益诉求", 3, 2, 66.7, 2, 50.0, 1, 144.0);
        assertRow(l.get(2), "suggestion", "意见建议", 1, 1, 100.0, 1, 100.0, 0, 36.0);
        assertRow(q.get(0), "2026Q3", "2026Q3", 1, 1, 100.0, 1, 100.0, 0, 36.0);
        assertRow(q.get(1), "2026Q4", "2026Q4", 4, 2, 50.0, 2, 50.0, 2, 144.0);
    }

    @Test
    void theBoardFiltersByPeriodLedgerStepAndDepartment() throws Exception {
        assertThat(board("from=2026-11-01&to=2026-12-01")).isEqualTo(4);
        assertThat(board("ledger=complaint")).isEqualTo(1);
        assertThat(board("step=close")).isEqualTo(3);
        assertThat(board("department=housing&overdue=false")).isEqualTo(1);
        assertThat(board("division=510112002&overdue=true")).isEqualTo(1);
        assertThat(board("grid=510112001001001")).isZero();
        ResponseEntity<String> bad = http.getForEntity("/api/cases?step=done", String.class);
        assertThat(bad.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(json.readTree(bad.getBody()).get("detail").asText()).isEqualTo("step 应为以下之一：分类建账（register）、"
                + "书记阅批（leader-review）、受理告知（accept）、快速交办（assign）、严格督查（supervise）、结果反馈（result）、"
                + "书记把关（leader-check）、回复征询（survey）、销号归档（close）。");
    }

    @Test
    void theQuarterlyReportIsAWorkbookWithTheFiguresAndTheCases() throws Exception {
        ResponseEntity<byte[]> r = http.getForEntity("/api/cases/report?quarter=2026Q4", byte[].class);

        assertThat(r.getHeaders().getContentType().toString())
                .isEqualTo("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(r.getBody()))) {
            Sheet streets = book.getSheet("按街道");
            assertThat(streets.getRow(0).getCell(2).getStringCellValue()).isEqualTo("受理数");
            assertThat(streets.getRow(1).getCell(1).getStringCellValue()).isEqualTo("龙泉街道");
            assertThat(streets.getRow(1).getCell(2).getNumericCellValue()).isEqualTo(2);
            assertThat(streets.getRow(3).getCell(1).getStringCellValue()).isEqualTo("合计");
            assertThat(streets.getRow(3).getCell(2).getNumericCellValue()).isEqualTo(4);
            assertThat(streets.getRow(3).getCell(8).getNumericCellValue()).isEqualTo(144.0);
            Sheet cases = book.getSheet("诉求清单");
            assertThat(cases.getLastRowNum()).isEqualTo(4);
            assertThat((long) cases.getRow(1).getCell(0).getNumericCellValue()).isEqualTo(a);
            assertThat(book.getSheetIndex("按部门")).isNotNegative();
            assertThat(book.getSheetIndex("按三本账")).isNotNegative();
        }
        ResponseEntity<String> bad = http.getForEntity("/api/cases/report?quarter=2026-4", String.class);
        assertThat(json.readTree(bad.getBody()).get("detail").asText()).isEqualTo("quarter 应写成“年份Q季度”，如 2026Q3。");
    }

    private ObjectNode at(String matter, String community, String receivedAt, String phone) {
        ObjectNode in = intake(matter, "统计样例");
        in.put("receivedAt", receivedAt);
        in.putObject("location").put("divisionCode", community);
        in.putObject("reporter").put("phone", phone);
        return in;
    }

    private JsonNode stats(String query) throws Exception {
        ResponseEntity<String> r = http.getForEntity("/api/cases/stats?" + query, String.class);
        assertThat(r.getStatusCode()).as(r.getBody()).isEqualTo(HttpStatus.OK);
        return json.readTree(r.getBody());
    }

    private long board(String query) throws Exception {
        return json.readTree(http.getForObject("/api/cases?" + query, String.class)).get("totalElements").asLong();
    }

    private static void assertRow(JsonNode row, String key, String name, long received, long closed, Double closureRate,
                                  long rated, Double satisfactionRate, long overdue, Double medianHours) {
        assertThat(row.get("key").asText()).isEqualTo(key);
        assertThat(row.get("name").asText()).isEqualTo(name);
        assertThat(row.get("received").asLong()).as(key + " received").isEqualTo(received);
        assertThat(row.get("closed").asLong()).as(key + " closed").isEqualTo(closed);
        assertThat(row.path("closureRate").isMissingNode() ? null : row.get("closureRate").asDouble()).as(key + " closure").isEqualTo(closureRate);
        assertThat(row.get("rated").asLong()).as(key + " rated").isEqualTo(rated);
        assertThat(row.path("satisfactionRate").isMissingNode() ? null : row.get("satisfactionRate").asDouble()).as(key + " satisfaction").isEqualTo(satisfactionRate);
        assertThat(row.get("overdue").asLong()).as(key + " overdue").isEqualTo(overdue);
        assertThat(row.path("medianHoursToClose").isMissingNode() ? null : row.get("medianHoursToClose").asDouble()).as(key + " median").isEqualTo(medianHours);
    }
}

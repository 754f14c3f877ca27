package cn.yibiaotong.hub.web;

import static org.assertj.core.api.Assertions.assertThat;

import cn.yibiaotong.hub.samples.RosterRow;
import cn.yibiaotong.hub.samples.RosterSampleGenerator;
import cn.yibiaotong.hub.testing.HubApiTest;
import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/** The street roster from samples/ through the HTTP upload to the unified resident view. */
class StreetRosterUploadTest extends HubApiTest {

    static final Path XLSX = Path.of("samples/street-roster/longquan-street-2026-11.xlsx");
    static final Path GBK_CSV = Path.of("samples/street-roster/damian-street-2026-11-gbk.csv");


    @Test
    void xlsxSampleIsReportedRowByRowAndReachesTheResidentView() throws Exception {
        ResponseEntity<String> response = uploads.upload("street-roster", XLSX, false);

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        JsonNode report = json.readTree(response.getBody());
        assertThat(report.get("status").asText()).isEqualTo("COMPLETED");
        assertThat(report.get("format").asText()).startsWith("XLSX");
        assertThat(report.get("received").asLong()).isEqualTo(150);
        assertThat(report.get("accepted").asLong()).isEqualTo(148);
        assertThat(report.get("rejected").asLong()).isEqualTo(2);
        assertThat(report.get("unchanged").asLong()).isZero();
        JsonNode sci = report.get("rejections").get(0);
        assertThat(sci.get("row").asLong()).isEqualTo(43);
        assertThat(sci.get("column").asText()).isEqualTo("公民身份号码");
        assertThat(sci.get("value").asText()).isEqualTo("5.10112E+17");
        assertThat(sci.get("reason").asText()).contains("科学计数法").contains("文本");
        JsonNode ethnicity = report.get("rejections").get(1);
        assertThat(ethnicity.get("row").asLong()).isEqualTo(100);
        assertThat(ethnicity.get("column").asText()).isEqualTo("民族");
        assertThat(ethnicity.get("reason").asText()).contains("01 汉族");
        assertThat(store.residents()).isEqualTo(148);

        RosterRow first = sampleRows().get(0);
        JsonNode resident = json.readTree(http.getForObject("/api/residents/" + first.idNumber(), String.class));
        assertThat(resident.get("name").asText()).isEqualTo(first.cells().get(1));
        JsonNode name = item(resident, "person.name");
        assertThat(name.get("value").asText()).isEqualTo(first.cells().get(1));
        assertThat(name.get("source").get("connector").asText()).isEqualTo("street-roster");
        assertThat(name.get("source").get("batchId").asText()).isEqualTo(report.get("batchId").asText());
        assertThat(name.get("source").get("row").asLong()).isEqualTo(3);
        assertThat(item(resident, "person.community_code").get("display").asText()).endsWith("社区居委会");
        assertThat(item(resident, "person.gender").get("value").asText()).isIn("1", "2");
    }

    @Test
    void theSameFileTwiceChangesNothingAndCountsRowsUnchanged() throws Exception {
        uploads.upload("street-roster", XLSX, false);
        long versions = store.recordVersions();

        JsonNode second = json.readTree(uploads.upload("street-roster", XLSX, false).getBody());

        assertThat(second.get("accepted").asLong()).isZero();
        assertThat(second.get("unchanged").asLong()).isEqualTo(148);
        assertThat(second.get("rejected").asLong()).isEqualTo(2);
        assertThat(second.get("received").asLong()).isEqualTo(150);
        assertThat(second.get("warningDetails").toString()).contains("内容完全相同");
        assertThat(store.recordVersions()).isEqualTo(versions);
        assertThat(store.residents()).isEqualTo(148);
    }

    @Test
    void aChangedValueMakesANewVersionAndKeepsTheOldOneInHistory(@TempDir Path dir) throws Exception {
        List<RosterRow> rows = new ArrayList<>(sampleRows().subList(0, 5));
        Path before = dir.resolve("before.csv");
        RosterSampleGenerator.writeCsv(before, rows, StandardCharsets.UTF_8, true);
        uploads.upload("street-roster", before, false);
        RosterRow moved = rows.get(2);
        rows.set(2, new RosterSampleGenerator(1).withCell(moved, 8, "四川省成都市龙泉驿区新居路 8 号"));
        Path after = dir.resolve("after.csv");
        RosterSampleGenerator.writeCsv(after, rows, StandardCharsets.UTF_8, false);

        JsonNode report = json.readTree(uploads.upload("street-roster", after, false).getBody());

        assertThat(report.get("accepted").asLong()).isEqualTo(1);
        assertThat(report.get("unchanged").asLong()).isEqualTo(4);
        JsonNode resident = json.readTree(http.getForObject("/api/residents/" + moved.idNumber(), String.class));
        JsonNode address = item(resident, "person.residence_address");
        assertThat(address.get("value").asText()).isEqualTo("四川省成都市龙泉驿区新居路 8 号");
        assertThat(address.get("source").get("version").asInt()).isEqualTo(2);
        assertThat(address.get("history")).hasSize(1);
        assertThat(address.get("history").get(0).get("value").asText()).isEqualTo(moved.cells().get(8));
        assertThat(resident.get("version").asInt()).isEqualTo(2);
    }

    @Test
    void gbkCsvSampleIsReadAsGbk() throws Exception {
        JsonNode report = json.readTree(uploads.upload("street-roster", GBK_CSV, false).getBody());

        assertThat(report.get("format").asText()).isEqualTo("CSV（GBK）");
        assertThat(report.get("received").asLong()).isEqualTo(80);
        assertThat(report.get("rejected").asLong()).isEqualTo(1);
        JsonNode community = report.get("rejections").get(0);
        assertThat(community.get("row").asLong()).isEqualTo(14);
        assertThat(community.get("column").asText()).isEqualTo("所属社区");
        assertThat(community.get("reason").asText()).contains("12 位区划代码");
    }

    @Test
    void searchFiltersByAnyDivisionLevelGridAndName() throws Exception {
        uploads.upload("street-roster", XLSX, false);
        uploads.upload("street-roster", GBK_CSV, false);

        long longquan = total("/api/residents?division=510112001000");
        long damian = total("/api/residents?division=510112002");
        long district = total("/api/residents?division=510112");
        assertThat(longquan).isEqualTo(148);
        assertThat(damian).isEqualTo(79);
        assertThat(district).isEqualTo(longquan + damian);
        assertThat(total("/api/residents?division=510112001001")).isPositive().isLessThan(longquan);
        JsonNode grid = json.readTree(http.getForObject("/api/residents?grid=510112001001001&size=500", String.class));
        grid.get("content").forEach(r -> assertThat(r.get("gridName").asText()).isEqualTo("滨河花园第一网格"));
        String someName = sampleRows().get(0).cells().get(1);
        JsonNode byName = json.readTree(http.getForObject("/api/residents?name=" + someName, String.class));
        byName.get("content").forEach(r -> assertThat(r.get("name").asText()).contains(someName));
        assertThat(byName.get("totalElements").asLong()).isPositive();
    }

    @Test
    void searchByItemAndValueFindsTheResidentsWhoseSourcesHoldIt() throws Exception {
        uploads.upload("street-roster", XLSX, false);
        List<RosterRow> accepted = new ArrayList<>(sampleRows());
        accepted.remove(97);
        accepted.remove(40);
        long veterans = accepted.stream().filter(r -> r.cells().get(17).equals("是")).count();
        long assisted = accepted.stream().filter(r -> !r.cells().get(14).isEmpty()).count();

        assertThat(veterans).isPositive();
        assertThat(total("/api/residents?item=veteran.status&value=1&division=510112001")).isEqualTo(veterans);
        assertThat(total("/api/residents?item=welfare.assistance_type")).isEqualTo(assisted);
        assertThat(total("/api/residents?item=veteran.status")).isEqualTo(accepted.size());
        ResponseEntity<String> unknown = http.getForEntity("/api/residents?item=person.shoe_size", String.class);
        assertThat(unknown.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(json.readTree(unknown.getBody()).get("detail").asText()).startsWith("数据清单中没有数据项“person.shoe_size”");
    }

    @Test
    void connectorStatusShowsTransportsAndTheLastBatch() throws Exception {
        JsonNode report = json.readTree(uploads.upload("street-roster", GBK_CSV, false).getBody());

        JsonNode connectors = json.readTree(http.getForObject("/api/connectors", String.class));
        JsonNode roster = null;
        for (JsonNode c : connectors) {
            roster = c.get("id").asText().equals("street-roster") ? c : roster;
        }
        assertThat(roster).as("street-roster in the connector list").isNotNull();
        assertThat(roster.get("departmentName").asText()).isEqualTo("街道办事处 / 社区居委会");
        assertThat(roster.get("transports").get(0).asText()).isEqualTo("upload");
        assertThat(roster.get("transports").get(1).asText()).startsWith("file-drop:").endsWith("data/inbox/street-roster");
        assertThat(roster.get("lastBatch").get("batchId").asText()).isEqualTo(report.get("batchId").asText());
        assertThat(roster.get("lastBatch").get("accepted").asLong()).isEqualTo(79);
    }

    @Test
    void unknownDivisionIsAProblemInChinese() throws Exception {
        ResponseEntity<String> r = http.getForEntity("/api/residents?division=abc", String.class);
        assertThat(r.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(json.readTree(r.getBody()).get("detail").asText()).contains("区划代码");
        ResponseEntity<String> unknown = http.getForEntity("/api/residents?division=110101", String.class);
        assertThat(json.readTree(unknown.getBody()).get("detail").asText()).contains("不在本系统的区划表中");
    }

    private long total(String url) throws Exception {
        return json.readTree(http.getForObject(url, String.class)).get("totalElements").asLong();
    }

    static List<RosterRow> sampleRows() {
        return new RosterSampleGenerator(20261101L).rows(150, RosterSampleGenerator.LONGQUAN, 1);
    }
}

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

/** Dry runs, the rejection threshold and the correction file round trip. */
class UploadOutcomesTest extends HubApiTest {


    @Test
    void dryRunReportsEveryRowAndStoresNoResidentData() throws Exception {
        ResponseEntity<String> response = uploads.upload("street-roster", StreetRosterUploadTest.XLSX, true);

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
        JsonNode report = json.readTree(response.getBody());
        assertThat(report.get("status").asText()).isEqualTo("DRY_RUN");
        assertThat(report.get("accepted").asLong()).isEqualTo(148);
        assertThat(report.get("rejected").asLong()).isEqualTo(2);
        assertThat(report.get("message").asText()).contains("试运行").contains("未入库");
        assertThat(store.residents()).isZero();
        assertThat(store.recordVersions()).isZero();
        // the report stays, so staff can download the rows to fix
        assertThat(http.getForEntity(report.get("correctionFileUrl").asText(), String.class).getBody()).contains("科学计数法");
    }

    @Test
    void batchOverTheRejectionThresholdIsRefusedWholeAndStoresNothing(@TempDir Path dir) throws Exception {
        RosterSampleGenerator gen = new RosterSampleGenerator(7);
        List<RosterRow> rows = new ArrayList<>(gen.rows(40, RosterSampleGenerator.LONGQUAN, 1));
        rows.set(3, gen.withCell(rows.get(3), 3, "未说明"));
        rows.set(9, gen.withCell(rows.get(9), 6, "12345"));
        Path file = dir.resolve("refused.csv");
        RosterSampleGenerator.writeCsv(file, rows, StandardCharsets.UTF_8, true);

        ResponseEntity<String> response = uploads.upload("street-roster", file, false);

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.UNPROCESSABLE_ENTITY);
        JsonNode problem = json.readTree(response.getBody());
        assertThat(problem.get("detail").asText()).isEqualTo(
                "整批拒收：40 行中有 2 行不合格（5.0%），超过连接器“街道一表通花名册”允许的 2%，本批数据均未入库。请下载错误行、修正后重新上传整个文件。");
        assertThat(problem.get("report").get("status").asText()).isEqualTo("REFUSED");
        assertThat(store.residents()).isZero();
        assertThat(store.recordVersions()).isZero();
        JsonNode stored = json.readTree(http.getForObject("/api/batches/" + problem.get("batchId").asText(), String.class));
        assertThat(stored.get("status").asText()).isEqualTo("REFUSED");
        assertThat(stored.get("rejected").asLong()).isEqualTo(2);
    }

    @Test
    void correctionFileListsRejectedRowsWithReasonsAndCanBeUploadedAgainOnceFixed(@TempDir Path dir) throws Exception {
        JsonNode report = json.readTree(uploads.upload("street-roster", StreetRosterUploadTest.XLSX, false).getBody());
        ResponseEntity<byte[]> csv = http.getForEntity(report.get("correctionFileUrl").asText(), byte[].class);

        assertThat(csv.getHeaders().getContentDisposition().getFilename()).isEqualTo("longquan-street-2026-11-错误行.csv");
        String text = new String(csv.getBody(), StandardCharsets.UTF_8);
        assertThat(text).startsWith("\uFEFF序号,姓名,公民身份号码");
        List<String> lines = text.lines().toList();
        assertThat(lines).hasSize(3);
        assertThat(lines.get(0)).endsWith(",错误原因");
        assertThat(lines.get(1)).contains("5.10112E+17").contains("第 43 行：公民身份号码：身份证号被 Excel 转成了科学计数法");
        assertThat(lines.get(2)).contains("汉人").contains("第 100 行：民族：");

        List<RosterRow> all = StreetRosterUploadTest.sampleRows();
        String fixed = text.replace("5.10112E+17", all.get(40).idNumber()).replace("汉人", "汉族");
        Path corrected = dir.resolve("corrected.csv");
        Files.writeString(corrected, fixed, StandardCharsets.UTF_8);
        JsonNode again = json.readTree(uploads.upload("street-roster", corrected, false).getBody());

        assertThat(again.get("accepted").asLong()).isEqualTo(2);
        assertThat(again.get("rejected").asLong()).isZero();
        assertThat(again.get("warnings").asLong()).isZero();
        assertThat(store.residents()).isEqualTo(150);
    }

    @Test
    void rejectionsArePagedAsJson() throws Exception {
        JsonNode report = json.readTree(uploads.upload("street-roster", StreetRosterUploadTest.XLSX, false).getBody());
        JsonNode page = json.readTree(http.getForObject(report.get("rejectionsUrl").asText() + "?size=1&page=1", String.class));
        assertThat(page.get("total").asLong()).isEqualTo(2);
        assertThat(page.get("rejections")).hasSize(1);
        assertThat(page.get("rejections").get(0).get("row").asLong()).isEqualTo(100);
    }

    @Test
    void sameIdTwiceInOneFileRejectsTheSecondRow(@TempDir Path dir) throws Exception {
        // 60 rows keep the one duplicate under the roster's 2 % threshold
        List<RosterRow> rows = new ArrayList<>(new RosterSampleGenerator(3).rows(59, RosterSampleGenerator.LONGQUAN, 1));
        rows.add(rows.get(1));
        Path file = dir.resolve("dup.csv");
        RosterSampleGenerator.writeCsv(file, rows, StandardCharsets.UTF_8, false);

        JsonNode report = json.readTree(uploads.upload("street-roster", file, false).getBody());

        assertThat(report.get("accepted").asLong()).isEqualTo(59);
        assertThat(report.get("rejected").asLong()).isEqualTo(1);
        JsonNode duplicate = report.get("rejections").get(0);
        assertThat(duplicate.get("row").asLong()).isEqualTo(61);
        assertThat(duplicate.get("reason").asText()).startsWith("与第 3 行是同一个公民身份号码");
        assertThat(store.residents()).isEqualTo(59);
    }
}

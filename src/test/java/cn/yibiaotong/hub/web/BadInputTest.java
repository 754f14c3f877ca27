package cn.yibiaotong.hub.web;

import static org.assertj.core.api.Assertions.assertThat;

import cn.yibiaotong.hub.samples.RosterRow;
import cn.yibiaotong.hub.samples.RosterSampleGenerator;
import cn.yibiaotong.hub.testing.HubApiTest;
import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/** Each class of bad input gets its exact message, and nothing of it is stored. */
class BadInputTest extends HubApiTest {


    @Test
    void unknownFormat() throws Exception {
        JsonNode p = failedUpload("scan.pdf", "%PDF-1.7\n%binary".getBytes(StandardCharsets.ISO_8859_1), "unknown-format");
        assertThat(p.get("detail").asText()).isEqualTo(
                "无法识别文件“scan.pdf”的格式：只接受 CSV（逗号分隔）和 XLSX（Excel 工作簿）。请在 Excel 中“另存为”其中一种格式后再上传。");
    }

    @Test
    void legacyXls() throws Exception {
        byte[] ole2 = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1, 0, 0};
        JsonNode p = failedUpload("roster.xls", ole2, "legacy-xls");
        assertThat(p.get("detail").asText()).contains(".xls").contains("另存为");
    }

    @Test
    void emptyFileOfZeroBytesIsRefusedAtTheDoor() throws Exception {
        ResponseEntity<String> r = uploads.upload("street-roster", "empty.csv", new byte[0], false);
        assertThat(r.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(json.readTree(r.getBody()).get("detail").asText()).isEqualTo("上传的文件“empty.csv”是空的（0 字节）。请确认选择了正确的文件。");
        assertThat(store.count("SELECT COUNT(*) FROM batch")).isZero();
    }

    @Test
    void fileWithOnlyABomIsEmpty() throws Exception {
        JsonNode p = failedUpload("bom.csv", "\uFEFF\r\n\r\n".getBytes(StandardCharsets.UTF_8), "empty-file");
        assertThat(p.get("detail").asText()).isEqualTo("文件“bom.csv”是空的，没有任何数据行。请确认选择了正确的文件。");
    }

    @Test
    void headerThatMatchesNoMapping() throws Exception {
        byte[] csv = "编号,名字,证件\n1,张三,510112200001010014\n".getBytes(StandardCharsets.UTF_8);
        JsonNode p = failedUpload("other.csv", csv, "header-mismatch");
        assertThat(p.get("detail").asText()).startsWith("文件“other.csv”的前 2 行中没有与“街道一表通花名册”对应的表头。表头应包含以下列：姓名、公民身份号码");
    }

    @Test
    void missingRequiredColumn() throws Exception {
        byte[] csv = "序号,姓名,公民身份号码,性别\n1,张三,510112200001010014,男\n".getBytes(StandardCharsets.UTF_8);
        JsonNode p = failedUpload("partial.csv", csv, "missing-columns");
        assertThat(p.get("detail").asText()).isEqualTo(
                "文件“partial.csv”缺少必填列：所属社区。请使用“街道一表通花名册”模板，保持表头文字不变（表头在第 1 行）。");
    }

    @Test
    void headerWithoutDataRows() throws Exception {
        byte[] csv = "姓名,公民身份号码,所属社区\n".getBytes(StandardCharsets.UTF_8);
        JsonNode p = failedUpload("header-only.csv", csv, "no-data-rows");
        assertThat(p.get("detail").asText()).isEqualTo("文件“header-only.csv”只有表头（第 1 行），没有数据行。请填写数据后再上传。");
    }

    @Test
    void mojibakeFromAGbkFileSavedAsUtf8IsDetected() throws Exception {
        // what a GBK roster looks like after an editor read it as UTF-8 and saved it again
        String garbled = new String("姓名,公民身份号码,所属社区\n张三,510112200001010014,滨河花园社区\n".getBytes(Charset.forName("GBK")),
                StandardCharsets.UTF_8);
        JsonNode p = failedUpload("garbled.csv", garbled.getBytes(StandardCharsets.UTF_8), "mojibake");
        assertThat(p.get("detail").asText()).contains("乱码").contains("重新导出");
    }

    @Test
    void scientificNotationIdIsRejectedWithTheFix() throws Exception {
        JsonNode report = rowReport("5.10112E+17");
        JsonNode r = report.get("rejections").get(0);
        assertThat(r.get("column").asText()).isEqualTo("公民身份号码");
        assertThat(r.get("reason").asText()).isEqualTo(
                "身份证号被 Excel 转成了科学计数法，后几位数字已经丢失，无法还原。请把该列单元格设置为“文本”格式，重新录入完整的 18 位号码后再上传。");
    }

    @Test
    void idWithWrongCheckDigitIsRejected() throws Exception {
        JsonNode r = rowReport("510112200001010015").get("rejections").get(0);
        assertThat(r.get("reason").asText()).isEqualTo("公民身份号码校验位（第 18 位）不正确，号码可能有录错的数字。请对照身份证原件核对。");
    }

    @Test
    void fullWidthLowerCaseAndFifteenDigitIdsAreNormalised() throws Exception {
        String fullWidth = "５１０１１２２００００１０１００１４";
        uploadRows(List.of(row(fullWidth, "1"), row("510112800101001", "2")));
        assertThat(http.getForEntity("/api/residents/510112200001010014", String.class).getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(http.getForEntity("/api/residents/510112198001010014", String.class).getStatusCode()).isEqualTo(HttpStatus.OK);
    }

    @Test
    void unknownCodeIsRejectedWithTheAllowedValues() throws Exception {
        RosterRow bad = new RosterSampleGenerator(1).withCell(row("510112200001010014", "1"), 9, "常驻");
        JsonNode r = uploadRows(List.of(bad)).get("rejections").get(0);
        assertThat(r.get("column").asText()).isEqualTo("人员类型");
        assertThat(r.get("reason").asText()).isEqualTo("人员类型的取值不在“人员类型”（hub）中。可填写代码或名称：1 户籍人口、2 流动人口。");
    }

    @Test
    void genderThatContradictsTheIdIsRejected() throws Exception {
        RosterRow bad = new RosterSampleGenerator(1).withCell(row("510112200001010014", "1"), 3, "女");
        JsonNode r = uploadRows(List.of(bad)).get("rejections").get(0);
        assertThat(r.get("column").asText()).isEqualTo("性别");
        assertThat(r.get("reason").asText()).isEqualTo("性别与公民身份号码不一致：号码第 17 位表示“男”。请核对性别或身份证号。");
    }

    @Test
    void datesInTheFormatsStaffTypeAreAccepted() throws Exception {
        String[] typed = {"2000-01-01", "2000/1/1", "2000.01.01", "20000101", "2000年1月1日", "36526"};
        for (String date : typed) {
            store.clear();
            RosterRow r = new RosterSampleGenerator(1).withCell(row("510112200001010014", "1"), 5, date);
            JsonNode report = uploadRows(List.of(r));
            assertThat(report.get("accepted").asLong()).as(date).isEqualTo(1);
        }
    }

    private JsonNode rowReport(String id) throws Exception {
        JsonNode report = uploadRows(List.of(row(id, "1")));
        assertThat(report.get("rejected").asLong()).isEqualTo(1);
        assertThat(store.residents()).isZero();
        return report;
    }

    private JsonNode uploadRows(List<RosterRow> rows) throws Exception {
        StringBuilder csv = new StringBuilder(String.join(",", RosterRow.HEADER)).append('\n');
        rows.forEach(r -> csv.append(String.join(",", r.cells())).append('\n'));
        // a refused batch would hide the row-level message this test is about
        ResponseEntity<String> response = uploads.upload("street-roster", "rows.csv", csv.toString().getBytes(StandardCharsets.UTF_8), false);
        JsonNode body = json.readTree(response.getBody());
        return body.has("report") ? body.get("report") : body;
    }

    private static RosterRow row(String id, String number) {
        return new RosterRow(List.of(number, "张伟", id, "", "汉族", "", "13812345678", "四川省成都市龙泉驿区驿都大道 1 号",
                "", "户籍", "滨河花园社区", "滨河花园第一网格", "", "户主", "", "", "", "否", ""));
    }

    private JsonNode failedUpload(String name, byte[] content, String errorCode) throws Exception {
        ResponseEntity<String> response = uploads.upload("street-roster", name, content, false);
        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.UNPROCESSABLE_ENTITY);
        assertThat(response.getHeaders().getContentType().toString()).startsWith("application/problem+json");
        JsonNode problem = json.readTree(response.getBody());
        assertThat(problem.get("errorCode").asText()).isEqualTo(errorCode);
        assertThat(problem.get("report").get("status").asText()).isEqualTo("FAILED");
        assertThat(problem.get("report").get("received").asLong()).isZero();
        assertThat(store.residents()).isZero();
        assertThat(store.recordVersions()).isZero();
        return problem;
    }
}

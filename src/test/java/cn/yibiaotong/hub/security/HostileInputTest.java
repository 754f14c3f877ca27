package cn.yibiaotong.hub.security;


import cn.yibiaotong.hub.testing.HubApiTest;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Hostile input through the real endpoints, one test each: the status, the exact Chinese message, and the store as
 * it was. (XXE and billion laughs: parse.RecordSourceTest and poll.HumanResourcesPollTest; a push over its size:
 * web.InboundPushTest.)
 */
class HostileInputTest extends HubApiTest {

    @Test
    void xlsxZipBombIsRefusedBeforeItIsInflated() throws Exception {
        ResponseEntity<String> r = uploads.upload("street-roster", "bomb.xlsx", zipBomb(), false);
        assertThat(r.getStatusCode()).isEqualTo(HttpStatus.UNPROCESSABLE_ENTITY);
        JsonNode p = json.readTree(r.getBody());
        assertThat(p.get("errorCode").asText()).isEqualTo("xlsx-zip-bomb");
        assertThat(p.get("detail").asText()).isEqualTo("文件“bomb.xlsx”解压后的大小是压缩后的一百倍以上，不像正常的工作簿"
                + "（疑似“压缩炸弹”），未读取。请在 Excel 中打开确认内容后重新保存再上传；数据确实很多时请改用 CSV。");
        assertThat(store.residents()).isZero();
        assertThat(store.count("SELECT COUNT(*) FROM batch WHERE status = 'FAILED'")).isEqualTo(1);
    }

    @Test
    void uploadOverTheSizeLimitIs413InChinese() throws Exception {
        // the tests' upload limit is 2 MB (HubIntegrationTest)
        byte[] big = new byte[3 * 1024 * 1024];
        java.util.Arrays.fill(big, (byte) 'x');
        ResponseEntity<String> r = uploads.upload("street-roster", "big.csv", big, false);
        assertThat(r.getStatusCode()).isEqualTo(HttpStatus.PAYLOAD_TOO_LARGE);
        assertThat(json.readTree(r.getBody()).get("detail").asText()).isEqualTo("上传的文件超过了允许的大小（2 MB）。"
                + "请拆分文件，或把文件放入连接器的投递文件夹由系统读取。");
        assertThat(store.count("SELECT COUNT(*) FROM batch")).isZero();
    }

    @Test
    void deeplyNestedJsonBodyIs400AndNothingIsStored() throws Exception {
        String body = "{\"matter\":\"001\",\"title\":\"x\",\"location\":" + "[".repeat(500) + "]".repeat(500) + "}";
        HttpHeaders h = new HttpHeaders();
        h.setContentType(MediaType.APPLICATION_JSON);
        ResponseEntity<String> r = http.postForEntity("/api/cases", new HttpEntity<>(body, h), String.class);
        assertThat(r.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(json.readTree(r.getBody()).get("detail").asText()).isEqualTo("请求体的 JSON 嵌套超过 64 层，未读取。"
                + "请按接口文档（/swagger-ui.html）发送一两层的 JSON 对象。");
        assertThat(store.count("SELECT COUNT(*) FROM hub_case")).isZero();
    }

    @Test
    void deeplyNestedPushIsRefusedWhole() throws Exception {
        // after the records array, where nothing checks the shape: only the parser's depth limit stops it
        String body = "{\"records\": [], \"meta\": " + "[".repeat(200) + "]".repeat(200) + "}";
        HttpHeaders h = new HttpHeaders();
        h.setContentType(MediaType.APPLICATION_JSON);
        ResponseEntity<String> r = http.postForEntity("/api/inbound/health-elderly-checks", new HttpEntity<>(body, h),
                String.class);
        assertThat(r.getStatusCode()).isEqualTo(HttpStatus.UNPROCESSABLE_ENTITY);
        JsonNode p = json.readTree(r.getBody());
        assertThat(p.get("errorCode").asText()).isEqualTo("json-too-deep");
        assertThat(p.get("detail").asText()).isEqualTo("“推送数据”第 1 行的 JSON 嵌套超过 64 层，未读取。"
                + "记录应是一层对象的数组；请检查发送方生成的 JSON。");
        assertThat(store.residents()).isZero();
    }

    @Test
    void anUploadsPathCannotNameAPlace() throws Exception {
        String csv = "姓名,公民身份号码,所属社区\n张三," + ScopedResidents.A + "," + ScopedResidents.BINHE + "\n";
        ResponseEntity<String> r = uploads.upload("street-roster", "..\\..\\..\\etc/passwd.csv",
                csv.getBytes(StandardCharsets.UTF_8), false);
        assertThat(r.getStatusCode()).as(r.getBody()).isEqualTo(HttpStatus.CREATED);
        assertThat(jdbc.queryForObject("SELECT source_name FROM batch", String.class)).isEqualTo("passwd.csv");
    }

    @Test
    void anAccountWritesOnlyItsConnectorsAndDivisions() throws Exception {
        String csv = "姓名,公民身份号码,所属社区\n张滨河," + ScopedResidents.A + "," + ScopedResidents.BINHE + "\n"
                + "李长柏," + ScopedResidents.B + "," + ScopedResidents.CHANGBAI + "\n";
        ResponseEntity<String> denied = new cn.yibiaotong.hub.testing.Uploads(as("analyst"))
                .upload("street-roster", "r.csv", csv.getBytes(StandardCharsets.UTF_8), false);
        assertThat(denied.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(json.readTree(denied.getBody()).get("detail").asText()).isEqualTo("当前账号（analyst）不能向连接器"
                + "“street-roster”（街道一表通花名册）提交数据。请使用有该连接器写入权限的账号，或请管理员为账号增加该连接器。");
        assertThat(store.count("SELECT COUNT(*) FROM batch")).isZero();

        // the other community's row is rejected with the reason (one of two rows: the roster refuses the batch whole)
        ResponseEntity<String> mine = new cn.yibiaotong.hub.testing.Uploads(as("community"))
                .upload("street-roster", "r.csv", csv.getBytes(StandardCharsets.UTF_8), false);
        assertThat(mine.getStatusCode()).as(mine.getBody()).isEqualTo(HttpStatus.UNPROCESSABLE_ENTITY);
        JsonNode report = json.readTree(mine.getBody()).get("report");
        assertThat(report.get("received").asInt()).isEqualTo(2);
        assertThat(report.get("rejected").asInt()).isEqualTo(1);
        assertThat(store.residents()).isZero();
        assertThat(mine.getBody()).contains("该行属于区划 510112001002，不在当前账号可写的范围（区划代码以 510112001001 开头）内。"
                + "请删除此行，或由该区划的账号上传。");
        assertThat(jdbc.queryForObject("SELECT submitted_by FROM batch", String.class)).isEqualTo("community");
    }

    /** A well-formed workbook whose sheet inflates a thousand times: 20 MB of blanks between two rows. */
    private static byte[] zipBomb() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            put(zip, "[Content_Types].xml", "<?xml version=\"1.0\"?><Types xmlns=\"http://schemas.openxmlformats.org/"
                    + "package/2006/content-types\"><Override PartName=\"/xl/workbook.xml\" ContentType=\"application/"
                    + "vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml\"/></Types>");
            put(zip, "xl/workbook.xml", "<?xml version=\"1.0\"?><workbook/>");
            zip.putNextEntry(new ZipEntry("xl/worksheets/sheet1.xml"));
            zip.write("<worksheet><sheetData>".getBytes(StandardCharsets.UTF_8));
            byte[] blanks = new byte[1024 * 1024];
            java.util.Arrays.fill(blanks, (byte) ' ');
            for (int i = 0; i < 20; i++) {
                zip.write(blanks);
            }
            zip.write("</sheetData></worksheet>".getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
        }
        return bytes.toByteArray();
    }

    private static void put(ZipOutputStream zip, String name, String text) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        zip.write(text.getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
    }
}

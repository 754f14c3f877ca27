package cn.yibiaotong.hub.delivery;

import static org.assertj.core.api.Assertions.assertThat;

import cn.yibiaotong.hub.samples.SyntheticIds;
import cn.yibiaotong.hub.testing.DeliveryApiTest;
import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/**
 * A name the civil-affairs bureau's GBK file cannot hold: the delivery is not produced, says where and how to fix
 * it, and the bureau's outbox receives nothing, rather than a roll with "?" in place of a resident's name.
 */
class UnencodableNameDeliveryTest extends DeliveryApiTest {

    @Test
    void aNameOutsideGbkFailsTheDeliveryWithWhereAndHowToFixItAndNothingReachesTheOutbox() throws Exception {
        String roster = "姓名,公民身份号码,所属社区,低保类型\r\n"
                + "张三," + SyntheticIds.of("510112", LocalDate.of(1960, 3, 1), true, 1) + ",510112001001,城市低保\r\n"
                + "王" + CsvDeliveryWriterTest.RARE + "祥," + SyntheticIds.of("510112", LocalDate.of(1962, 5, 1), true, 2)
                + ",510112001001,特困供养\r\n";
        var upload = uploads.upload("street-roster", "roster.csv", roster.getBytes(StandardCharsets.UTF_8), false);
        assertThat(upload.getStatusCode().value()).as(upload.getBody()).isEqualTo(201);
        Path outbox = Path.of("target/test-outbox/data/outbox/civil-affairs/低保特困人员名册-龙泉街道-2026-10.csv");
        Files.deleteIfExists(outbox);

        var response = deliver("civil-affairs", "510112001", "2026-10");

        String expected = "“民政低保特困人员月报”（civil-affairs-delivery）的报送文件未生成，未发送任何内容："
                + "第 2 条记录（表头下第 2 行）的“姓名”含有 GBK 编码无法表示的字符 U+20BB7，照写会被换成“?”，"
                + "部门收到的将是被改动的内容。请先核对该居民的姓名是否录入有误并更正；如确为生僻字，请与部门确认其系统能否接收 "
                + "GB18030 或 UTF-8 编码的文件，再把 connectors/civil-affairs-delivery.yaml 中 outbound.file.charset 改为 "
                + "GB18030 或 UTF-8，然后重新报送。";
        assertThat(response.getStatusCode().value()).isEqualTo(422);
        JsonNode problem = json.readTree(response.getBody());
        assertThat(problem.get("title").asText()).isEqualTo("报送文件未生成");
        assertThat(problem.get("detail").asText()).isEqualTo(expected);

        String id = problem.get("deliveryId").asText();
        JsonNode failed = delivery(id);
        assertThat(failed.get("status").asText()).isEqualTo("FAILED");
        assertThat(failed.get("lastError").asText()).isEqualTo(expected);
        assertThat(failed.get("attempts").asInt()).isZero();
        assertThat(failed.has("checksum")).isFalse();
        assertThat(failed.has("nextAttemptAt")).isFalse();
        assertThat(outbox).doesNotExist();
        assertThat(Path.of("target/test-deliveries", id + ".csv")).doesNotExist();
        assertThat(store.count("SELECT COUNT(*) FROM delivery_resident WHERE delivery_id = ?", id)).isZero();
        assertThat(json.readTree(http.getForObject("/api/deliveries?status=FAILED", String.class)))
                .extracting(d -> d.get("id").asText()).containsExactly(id);
    }
}

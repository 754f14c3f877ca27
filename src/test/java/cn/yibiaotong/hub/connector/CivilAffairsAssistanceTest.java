package cn.yibiaotong.hub.connector;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import cn.yibiaotong.hub.samples.AnswerKey;
import cn.yibiaotong.hub.testing.HubApiTest;
import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** 民政's 低保/特困 roll: a GBK CSV with the bureau's own codes, dropped into its folder. */
class CivilAffairsAssistanceTest extends HubApiTest {

    static final Path SAMPLE = Path.of("samples/civil-affairs-assistance/longquanyi-dibao-2026-11-gbk.csv");

    @Autowired
    ConnectorCatalog catalog;
    @Autowired
    ConnectorRoutes routes;

    @Test
    void theDroppedRollReachesTheResidentViewInStandardCodes() throws Exception {
        AnswerKey key = AnswerKey.samples();
        Path inbox = routes.directory(catalog.find("civil-affairs-assistance").orElseThrow().fileDrop().orElseThrow());
        Files.createDirectories(inbox);
        Path part = inbox.resolve(".roll.part");
        Files.copy(SAMPLE, part, StandardCopyOption.REPLACE_EXISTING);
        Files.move(part, inbox.resolve("dibao-2026-11.csv"), StandardCopyOption.ATOMIC_MOVE);

        await().atMost(Duration.ofSeconds(30)).until(() -> store.count("SELECT COUNT(*) FROM batch WHERE "
                + "connector_id = 'civil-affairs-assistance' AND status = 'COMPLETED'") == 1);

        String batchId = jdbc.queryForObject("SELECT id FROM batch WHERE connector_id = 'civil-affairs-assistance'", String.class);
        JsonNode report = json.readTree(http.getForObject("/api/batches/" + batchId, String.class));
        assertThat(report.get("format").asText()).isEqualTo("CSV（GBK）");
        assertThat(report.get("accepted").asLong()).isEqualTo(key.accepted("civil_affairs"));
        assertThat(report.get("rejected").asLong()).isEqualTo(key.rejected("civil_affairs")).isEqualTo(1);
        JsonNode rejection = report.get("rejections").get(0);
        assertThat(rejection.get("column").asText()).isEqualTo("救助类别");
        assertThat(rejection.get("value").asText()).isEqualTo("五保");
        assertThat(rejection.get("reason").asText()).startsWith("低保类型的取值不在“低保类型”（hub）中。可填写代码或名称：01 城市低保、02 农村低保");

        String id = key.planted("assistance-type-differs:civil-affairs").get(0);
        JsonNode resident = json.readTree(http.getForObject("/api/residents/" + id, String.class));
        JsonNode type = item(resident, "welfare.assistance_type");
        assertThat(type.get("value").asText()).isEqualTo("03");
        assertThat(type.get("display").asText()).isEqualTo("特困供养");
        assertThat(type.get("source").get("connector").asText()).isEqualTo("civil-affairs-assistance");
        assertThat(type.get("source").get("batchId").asText()).isEqualTo(batchId);
        assertThat(item(resident, "person.gender").get("value").asText())
                .as("the bureau's 0/1 sex codes become GB/T 2261.1").isIn("1", "2")
                .isEqualTo(Integer.parseInt(id.substring(16, 17)) % 2 == 1 ? "1" : "2");
        assertThat(item(resident, "welfare.start_date").get("value").asText()).matches("20\\d\\d-\\d\\d-01");
        assertThat(item(resident, "welfare.assistance_amount").get("value").asText()).isEqualTo("1050");
    }

    @Test
    void assistanceRecipientsUnderAStreetAreFoundByItem() throws Exception {
        AnswerKey key = AnswerKey.samples();
        uploads.upload("civil-affairs-assistance", SAMPLE, false);

        JsonNode page = json.readTree(http.getForObject(
                "/api/residents?division=510112001&item=welfare.assistance_type&size=200", String.class));

        assertThat(page.get("totalElements").asLong()).isEqualTo(key.accepted("civil_affairs", "510112001")).isPositive();
    }
}

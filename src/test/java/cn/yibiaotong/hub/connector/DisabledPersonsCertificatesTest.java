package cn.yibiaotong.hub.connector;

import static org.assertj.core.api.Assertions.assertThat;

import cn.yibiaotong.hub.samples.AnswerKey;
import cn.yibiaotong.hub.testing.HubApiTest;
import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/** 残联's certificate workbook: title row, two-row merged header, notes row below the data. */
class DisabledPersonsCertificatesTest extends HubApiTest {

    static final Path SAMPLE = Path.of("samples/disabled-persons-certificates/longquanyi-certificates-2026-11.xlsx");

    @Test
    void theWorkbookIsReadUnderItsGroupedHeaderAndTheNotesRowIsSkipped() throws Exception {
        AnswerKey key = AnswerKey.samples();

        ResponseEntity<String> response = uploads.upload("disabled-persons-certificates", SAMPLE, false);

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        JsonNode report = json.readTree(response.getBody());
        assertThat(report.get("accepted").asLong()).isEqualTo(key.accepted("disabled_persons_federation"));
        assertThat(report.get("rejected").asLong()).isEqualTo(1);
        assertThat(report.get("received").asLong()).isEqualTo(key.accepted("disabled_persons_federation") + 1);
        JsonNode rejection = report.get("rejections").get(0);
        assertThat(rejection.get("column").asText()).isEqualTo("残疾人证信息/等级");
        assertThat(rejection.get("value").asText()).isEqualTo("五级");
        assertThat(report.get("warningDetails").toString()).contains("以“填表说明”开头，是说明行而不是数据，已跳过。");

        String id = key.planted("disability-category-differs:disabled-persons-federation").get(0);
        JsonNode resident = json.readTree(http.getForObject("/api/residents/" + id, String.class));
        assertThat(item(resident, "disability.category").get("display").asText()).isEqualTo("视力残疾");
        JsonNode certificate = item(resident, "disability.certificate_number");
        assertThat(certificate.get("value").asText()).startsWith(id).hasSize(20);
        assertThat(certificate.get("source").get("connector").asText()).isEqualTo("disabled-persons-certificates");
        assertThat(certificate.get("source").get("row").asLong()).as("rows as staff see them: data starts on row 4")
                .isGreaterThanOrEqualTo(4);
    }
}

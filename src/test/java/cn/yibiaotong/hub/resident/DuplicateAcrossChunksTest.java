package cn.yibiaotong.hub.resident;

import static org.assertj.core.api.Assertions.assertThat;

import cn.yibiaotong.hub.samples.RosterRow;
import cn.yibiaotong.hub.samples.RosterSampleGenerator;
import cn.yibiaotong.hub.testing.HubApiTest;
import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A person repeated in a later chunk of the same file (chunks are 500 rows) is found through the rows already
 * stored for the batch, not only within one chunk.
 */
class DuplicateAcrossChunksTest extends HubApiTest {

    @Test
    void sameIdInALaterChunkRejectsTheLaterRow(@TempDir Path dir) throws Exception {
        List<RosterRow> rows = new ArrayList<>(new RosterSampleGenerator(11).rows(600, RosterSampleGenerator.LONGQUAN, 1));
        List<String> ids = rows.stream().map(RosterRow::idNumber).distinct().toList();
        long generatedDuplicates = rows.size() - ids.size();
        rows.add(rows.get(4));   // file row 6 (title-less CSV: header is row 1) again as row 602, in the second chunk
        Path file = dir.resolve("dup-across-chunks.csv");
        RosterSampleGenerator.writeCsv(file, rows, StandardCharsets.UTF_8, false);

        JsonNode report = json.readTree(uploads.upload("street-roster", file, false).getBody());

        assertThat(report.get("rejected").asLong()).isEqualTo(generatedDuplicates + 1);
        assertThat(report.get("accepted").asLong()).isEqualTo(ids.size());
        JsonNode page = json.readTree(http.getForObject(report.get("rejectionsUrl").asText() + "?size=500", String.class));
        JsonNode repeated = null;
        for (JsonNode r : page.get("rejections")) {
            if (r.get("row").asLong() == 602) {
                repeated = r;
            }
        }
        assertThat(repeated).isNotNull();
        assertThat(repeated.get("reason").asText()).startsWith("与第 6 行是同一个公民身份号码");
        assertThat(store.residents()).isEqualTo(ids.size());
        assertThat(store.count("SELECT COUNT(*) FROM batch_row")).isEqualTo(ids.size());
    }
}

package cn.yibiaotong.hub.batch;

import static org.assertj.core.api.Assertions.assertThat;

import cn.yibiaotong.hub.samples.RosterRow;
import cn.yibiaotong.hub.samples.RosterSampleGenerator;
import cn.yibiaotong.hub.testing.HubApiTest;
import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.test.context.TestPropertySource;

/**
 * A batch larger than one step (steps of 100 rows here) is applied in committed steps, each with the batch's counts
 * and the last row applied, and ends with every row once; a dry run of it is still one transaction that stores
 * nothing, and nothing is left of the records kept between its passes. Under kill -9: crash.StepCrashTest.
 */
@TestPropertySource(properties = {
        // a context of its own, with its own database, drop folders and small steps
        "spring.datasource.url=jdbc:h2:mem:hub-steps-test;DB_CLOSE_DELAY=-1",
        "hub.file-drop.root=target/test-drop-steps",
        "hub.ingest.spill-dir=target/test-spill-steps",
        "hub.ingest.step-rows=100"})
class IngestStepsTest extends HubApiTest {

    private static final Path SPILL = Path.of("target/test-spill-steps");

    private Path file;
    private long people;

    @BeforeEach
    void roster(@TempDir Path dir) throws Exception {
        List<RosterRow> rows = new RosterSampleGenerator(29).rows(450, RosterSampleGenerator.LONGQUAN, 1);
        people = rows.stream().map(RosterRow::idNumber).distinct().count();
        file = dir.resolve("steps.csv");
        RosterSampleGenerator.writeCsv(file, rows, StandardCharsets.UTF_8, false);
    }

    @Test
    void aBatchOfManyStepsCompletesWithEveryRowOnceAndItsLastRowApplied() throws Exception {
        JsonNode report = json.readTree(uploads.upload("street-roster", file, false).getBody());

        assertThat(report.get("status").asText()).isEqualTo("COMPLETED");
        assertThat(List.of(report.get("received").asLong(), report.get("accepted").asLong(),
                report.get("rejected").asLong(), report.get("unchanged").asLong()))
                .isEqualTo(List.of(450L, people, 450 - people, 0L));
        assertThat(store.residents()).isEqualTo(people);
        assertThat(store.count("SELECT COUNT(*) FROM batch_row")).isEqualTo(people);
        // the header is row 1: the last data row is 451, applied with the last step
        assertThat(store.count("SELECT applied_through FROM batch WHERE id = ?", report.get("batchId").asText()))
                .isEqualTo(451);
        assertThat(spillFiles()).as("the records kept between the passes are gone").isZero();

        JsonNode again = json.readTree(uploads.upload("street-roster", file, false).getBody());
        assertThat(List.of(again.get("accepted").asLong(), again.get("unchanged").asLong())).isEqualTo(List.of(0L, people));
        assertThat(store.recordVersions()).isEqualTo(people);
    }

    @Test
    void aDryRunOfManyStepsIsOneTransactionThatStoresNothing() throws Exception {
        JsonNode report = json.readTree(uploads.upload("street-roster", file, true).getBody());

        assertThat(report.get("status").asText()).isEqualTo("DRY_RUN");
        assertThat(List.of(report.get("received").asLong(), report.get("accepted").asLong())).isEqualTo(List.of(450L, people));
        assertThat(store.residents()).isZero();
        assertThat(store.recordVersions()).isZero();
        assertThat(store.count("SELECT COUNT(*) FROM batch_row")).isZero();
        assertThat(spillFiles()).isZero();
    }

    private static long spillFiles() throws Exception {
        if (!Files.exists(SPILL)) {
            return 0;
        }
        try (var files = Files.list(SPILL)) {
            return files.count();
        }
    }
}

package cn.yibiaotong.hub.crash;

import static org.assertj.core.api.Assertions.assertThat;

import cn.yibiaotong.hub.testing.HubApiTest;
import cn.yibiaotong.hub.testing.Uploads;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CyclicBarrier;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.springframework.http.ResponseEntity;

/**
 * Issue 10, case 4, beside ConcurrentBatchesTest: the same roster uploaded twice at the same moment by two accounts
 * (the street office and the community), and two rosters that name the same residents with different phone numbers. One consistent result:
 * the same file is stored once and the second report says so; overlapping files leave every shared resident with
 * both values in the history and the current value from one and the same batch (the one applied last).
 */
class ConcurrentUploadsTest extends HubApiTest {

    @Test
    void theSameFileUploadedTwiceAtOnceIsStoredOnceAndTheSecondReportNamesTheFirst() throws Exception {
        CrashRoster roster = new CrashRoster(0, 800);
        // two accounts: the street office and the community both send the community's roster
        Uploads street = new Uploads(as("street"));
        Uploads community = new Uploads(as("community"));
        List<JsonNode> reports = together(
                () -> street.upload("street-roster", "roster.csv", roster.bytes(), false),
                () -> community.upload("street-roster", "roster-copy.csv", roster.bytes(), false));

        JsonNode first = reports.stream().filter(r -> r.path("accepted").asLong() > 0).findFirst().orElseThrow();
        JsonNode second = reports.stream().filter(r -> r != first).findFirst().orElseThrow();
        assertThat(first.path("accepted").asLong()).isEqualTo(roster.good());
        assertThat(second.path("accepted").asLong()).isZero();
        assertThat(second.path("unchanged").asLong()).isEqualTo(roster.good());
        assertThat(second.path("warnings").asLong()).isEqualTo(1);
        assertThat(second.toString()).contains("与 ").contains("的批次 " + first.path("batchId").asText() + " 内容完全相同");
        assertThat(store.residents()).isEqualTo(roster.good());
        assertThat(store.recordVersions()).isEqualTo(roster.good());
    }

    @Test
    void overlappingFilesAtOnceKeepBothValuesAndOneConsistentCurrentValue() throws Exception {
        CrashRoster a = new CrashRoster(0, 600, "1390000");
        CrashRoster b = new CrashRoster(300, 600, "1381111");
        List<JsonNode> reports = together(
                () -> uploads.upload("street-roster", "a.csv", a.bytes(), false),
                () -> uploads.upload("street-roster", "b.csv", b.bytes(), false));
        assertThat(reports).allSatisfy(r -> assertThat(r.path("status").asText()).isEqualTo("COMPLETED"));

        long shared = a.expectedIds().stream().filter(b.expectedIds()::contains).count();
        assertThat(shared).isPositive();
        assertThat(store.residents()).isEqualTo(a.good() + b.good() - shared);
        assertThat(store.recordVersions()).as("each shared resident: one version per file").isEqualTo(
                a.good() + b.good());
        // the shared residents' current values all come from one batch, and it is the one that finished last
        List<String> currentBatches = jdbc.queryForList("""
                SELECT DISTINCT rr.batch_id FROM resident_record rr
                WHERE rr.valid_to IS NULL AND rr.resident_id IN
                      (SELECT resident_id FROM resident_record GROUP BY resident_id HAVING COUNT(*) = 2)""", String.class);
        String last = jdbc.queryForObject(
                "SELECT id FROM batch ORDER BY finished_at DESC FETCH FIRST 1 ROWS ONLY", String.class);
        assertThat(currentBatches).containsExactly(last);
        assertThat(store.count("SELECT COUNT(*) FROM resident_record WHERE valid_to IS NOT NULL")).isEqualTo(shared);
    }

    private List<JsonNode> together(Supplier<ResponseEntity<String>> one, Supplier<ResponseEntity<String>> other)
            throws Exception {
        CyclicBarrier start = new CyclicBarrier(2);
        List<CompletableFuture<ResponseEntity<String>>> sent = List.of(async(start, one), async(start, other));
        List<JsonNode> reports = new java.util.ArrayList<>();
        for (CompletableFuture<ResponseEntity<String>> f : sent) {
            ResponseEntity<String> answer = f.get();
            assertThat(answer.getStatusCode().value()).as(answer.getBody()).isEqualTo(201);
            reports.add(json.readTree(answer.getBody()));
        }
        return reports;
    }

    private static CompletableFuture<ResponseEntity<String>> async(CyclicBarrier start,
                                                                   Supplier<ResponseEntity<String>> send) {
        return CompletableFuture.supplyAsync(() -> {
            try {
                start.await();
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
            return send.get();
        });
    }
}

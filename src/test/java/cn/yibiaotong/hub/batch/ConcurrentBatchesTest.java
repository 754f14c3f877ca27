package cn.yibiaotong.hub.batch;

import static org.assertj.core.api.Assertions.assertThat;

import cn.yibiaotong.hub.samples.AnswerKey;
import cn.yibiaotong.hub.testing.HubApiTest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CyclicBarrier;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * Departments send at the same moment, and their files name the same residents: every batch completes, and each
 * person is one resident, however the batches interleave.
 */
class ConcurrentBatchesTest extends HubApiTest {

    @Test
    void overlappingBatchesArrivingTogetherAllCompleteWithOneResidentPerPerson() throws Exception {
        AnswerKey key = AnswerKey.samples();
        CyclicBarrier start = new CyclicBarrier(5);
        List<CompletableFuture<ResponseEntity<String>>> sent = List.of(
                async(start, () -> uploads.upload("street-roster", Path.of("samples/street-roster/longquan-street-2026-11.xlsx"), false)),
                async(start, () -> uploads.upload("street-roster", Path.of("samples/street-roster/damian-street-2026-11-gbk.csv"), false)),
                async(start, () -> uploads.upload("civil-affairs-assistance",
                        Path.of("samples/civil-affairs-assistance/longquanyi-dibao-2026-11-gbk.csv"), false)),
                async(start, () -> uploads.upload("disabled-persons-certificates",
                        Path.of("samples/disabled-persons-certificates/longquanyi-certificates-2026-11.xlsx"), false)),
                async(start, () -> http.postForEntity("/api/inbound/health-elderly-checks", json(
                        Files.readString(Path.of("samples/health-elderly-checks/elderly-checks-2026-11.json"))), String.class)));

        for (CompletableFuture<ResponseEntity<String>> f : sent) {
            assertThat(json.readTree(f.get().getBody()).get("status").asText()).isEqualTo("COMPLETED");
        }
        assertThat(store.residents()).isEqualTo(key.acceptedByAny(
                List.of("street_roster", "civil_affairs", "disabled_persons_federation", "health")));
        assertThat(store.count("SELECT COUNT(*) FROM resident_record WHERE valid_to IS NULL")).isEqualTo(
                store.count("SELECT COUNT(DISTINCT resident_id || connector_id) FROM resident_record"));
    }

    private static HttpEntity<String> json(String body) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        return new HttpEntity<>(body, headers);
    }

    private interface Send {
        ResponseEntity<String> send() throws Exception;
    }

    private static CompletableFuture<ResponseEntity<String>> async(CyclicBarrier start, Send send) {
        return CompletableFuture.supplyAsync(() -> {
            try {
                start.await();
                return send.send();
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
    }
}

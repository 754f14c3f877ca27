package cn.yibiaotong.hub.web;

import static org.assertj.core.api.Assertions.assertThat;

import cn.yibiaotong.hub.testing.HubApiTest;
import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * A department resends a push whose answer it never got, with the same Idempotency-Key: the hub answers from the
 * batch the push already made and reads nothing twice. Process-level proof under kill -9: crash.PushRestartTest.
 */
class PushIdempotencyTest extends HubApiTest {

    private ResponseEntity<String> push(String body, String key) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        if (key != null) {
            headers.set("Idempotency-Key", key);
        }
        return http.postForEntity(InboundPushTest.URL, new HttpEntity<>(body, headers), String.class);
    }

    @Test
    void aResentPushWithTheSameKeyIsAnsweredFromItsFirstBatchAndMakesNoOther() throws Exception {
        String body = Files.readString(InboundPushTest.SAMPLE);
        ResponseEntity<String> first = push(body, "wjj-20261120-0001");
        assertThat(first.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        long versions = store.recordVersions();

        ResponseEntity<String> again = push(body, "wjj-20261120-0001");
        assertThat(again.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(again.getHeaders().getFirst("Idempotent-Replayed")).isEqualTo("true");
        JsonNode a = json.readTree(first.getBody());
        JsonNode b = json.readTree(again.getBody());
        assertThat(b.get("batchId")).isEqualTo(a.get("batchId"));
        assertThat(b.get("accepted")).isEqualTo(a.get("accepted"));
        assertThat(store.count("SELECT COUNT(*) FROM batch")).isEqualTo(1);
        assertThat(store.recordVersions()).isEqualTo(versions);

        // another key is another push: read again, every record unchanged
        ResponseEntity<String> other = push(body, "wjj-20261120-0002");
        assertThat(other.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        assertThat(json.readTree(other.getBody()).get("accepted").asLong()).isZero();
        assertThat(store.count("SELECT COUNT(*) FROM batch")).isEqualTo(2);
    }

    @Test
    void aResendWhileTheFirstIsStillRunningIsRefusedWithoutReadingIt() throws Exception {
        jdbc.update("""
                INSERT INTO batch (id, connector_id, channel, status, dry_run, started_at, idempotency_key)
                VALUES ('b-running', 'health-elderly-checks', 'push', 'RUNNING', FALSE, ?, 'wjj-7')""",
                OffsetDateTime.now(ZoneOffset.UTC));
        ResponseEntity<String> answer = push(Files.readString(InboundPushTest.SAMPLE), "wjj-7");
        assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
        assertThat(json.readTree(answer.getBody()).get("detail").asText()).isEqualTo(
                "Idempotency-Key 为“wjj-7”的推送正在处理中（批次 b-running），本次重发未读取。请稍后用同一个键再次发送，届时将返回该批次的结果。");
        assertThat(store.count("SELECT COUNT(*) FROM batch")).isEqualTo(1);
        assertThat(store.residents()).isZero();
    }

    @Test
    void aKeyLongerThan200CharactersIsRefusedAndNothingIsStored() throws Exception {
        ResponseEntity<String> answer = push(Files.readString(InboundPushTest.SAMPLE), "k".repeat(201));
        assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(json.readTree(answer.getBody()).get("detail").asText()).isEqualTo(
                "请求头 Idempotency-Key 的长度为 201 个字符，应为 1 到 200 个字符。请为每次推送取一个唯一的键"
                        + "（如部门系统的推送流水号），重发同一推送时用同一个键。");
        assertThat(store.count("SELECT COUNT(*) FROM batch")).isZero();
        assertThat(store.residents()).isZero();
    }
}

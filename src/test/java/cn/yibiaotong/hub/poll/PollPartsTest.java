package cn.yibiaotong.hub.poll;

import static org.assertj.core.api.Assertions.assertThat;

import cn.yibiaotong.hub.connector.HttpPoll;
import java.net.ConnectException;
import java.net.SocketTimeoutException;
import org.apache.camel.http.base.HttpOperationFailedException;
import org.junit.jupiter.api.Test;

/** The small decisions of a poll: what to ask for, where, which value is later, how a failure is told. */
class PollPartsTest {

    static final HttpPoll POLL = new HttpPoll("https://rs.example.gov.cn/api/persons?org=510112", "15m", null, "30s", null, "AAE036");

    @Test
    void sinceIsAddedToTheUrlsOwnQueryAndEncoded() {
        assertThat(PollRequests.query(POLL, null)).isNull();
        assertThat(PollRequests.query(POLL, "2026-11-02T09:30:00+08:00"))
                .isEqualTo("org=510112&since=2026-11-02T09%3A30%3A00%2B08%3A00");
        HttpPoll plain = new HttpPoll("http://localhost/p", "1m", null, null, "gxsj", null);
        assertThat(PollRequests.query(plain, "2026-11-02")).isEqualTo("gxsj=2026-11-02");
    }

    @Test
    void endpointCarriesTheTimeoutsAndSendsNoHeaders() {
        assertThat(HttpPollRoutes.endpoint(POLL)).isEqualTo("https://rs.example.gov.cn/api/persons?org=510112"
                + "&httpMethod=GET&throwExceptionOnFailure=true&skipRequestHeaders=true&skipResponseHeaders=true"
                + "&connectTimeout=10000&responseTimeout=30000");
    }

    @Test
    void laterWatermarkComparesTimesNotTexts() {
        assertThat(Watermarks.later("2026-11-02T09:30", "2026-11-02T09:29:59.5")).isEqualTo("2026-11-02T09:30");
        assertThat(Watermarks.later("2026-11-02T09:30:00", "2026-11-10T08:00:00")).isEqualTo("2026-11-10T08:00:00");
        assertThat(Watermarks.later("2026-11-02T10:00:00+08:00", "2026-11-02T03:00:00Z")).isEqualTo("2026-11-02T03:00:00Z");
        assertThat(Watermarks.later("000120", "000099")).isEqualTo("000120");
    }

    @Test
    void failuresAreToldByKindWithoutTheResponse() {
        assertThat(PollFailures.describe(new HttpOperationFailedException("http://x", 503, "Service Unavailable", null, null,
                "身份证 510112196001010013"), POLL)).isEqualTo("对方接口返回 HTTP 503（对方系统出错）");
        assertThat(PollFailures.describe(new SocketTimeoutException("Read timed out"), POLL))
                .isEqualTo("对方接口在 30s 内没有响应（响应超时）");
        assertThat(PollFailures.describe(new ConnectException("Connection refused"), POLL))
                .isEqualTo("无法连接（连接被拒绝，对方服务可能未启动）");
        assertThat(PollFailures.isTransport(new IllegalStateException("bug"))).isFalse();
        assertThat(PollFailures.describe(new IllegalStateException("bug"), POLL)).isEqualTo("内部错误（IllegalStateException），请联系管理员查看日志");
    }
}

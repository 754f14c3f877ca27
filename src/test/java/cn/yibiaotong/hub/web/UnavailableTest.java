package cn.yibiaotong.hub.web;

import static org.assertj.core.api.Assertions.assertThat;

import cn.yibiaotong.hub.batch.DiskSpace;
import java.io.IOException;
import org.apache.camel.CamelExecutionException;
import org.apache.camel.component.direct.DirectConsumerNotAvailableException;
import org.junit.jupiter.api.Test;
import org.springframework.http.ProblemDetail;

/** Which failures are the hub's state rather than the request's, and what the caller is told. */
class UnavailableTest {

    @Test
    void routesNotYetStartedAre503SayingNothingWasRead() {
        ProblemDetail p = Unavailable.classify(new CamelExecutionException("x", null,
                new DirectConsumerNotAvailableException("No consumers available on endpoint", null))).orElseThrow();
        assertThat(p.getStatus()).isEqualTo(503);
        assertThat(p.getDetail()).isEqualTo("中心服务正在启动或停止，本次提交的数据未读取、未入库。请在 10 秒后用同样的内容重新提交"
                + "（推送请带同一个 Idempotency-Key）。");
    }

    @Test
    void aFullDiskIs507WithWhatToDo() {
        ProblemDetail p = Unavailable.classify(new IllegalStateException("write failed",
                new IOException("No space left on device"))).orElseThrow();
        assertThat(p.getStatus()).isEqualTo(507);
        assertThat(p.getDetail()).isEqualTo(DiskSpace.MESSAGE);
    }

    @Test
    void anyOtherFailureIsNotClassified() {
        assertThat(Unavailable.classify(new IllegalStateException("bug", new IOException("Broken pipe")))).isEmpty();
    }
}

package cn.yibiaotong.hub.web;

import cn.yibiaotong.hub.batch.DiskSpace;
import java.util.Optional;
import java.util.concurrent.RejectedExecutionException;
import org.apache.camel.component.direct.DirectConsumerNotAvailableException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;

/**
 * Failures that are the hub's state, not the request's: the web server answers before the routes have started (or
 * after they stopped), or the disk is full. The caller gets a status that tells a department system to resend
 * (503 with Retry-After, 507) instead of a bare 500, and a Chinese detail saying that nothing was read.
 */
final class Unavailable {

    static final String RETRY_AFTER_SECONDS = "10";

    private Unavailable() {
    }

    static Optional<ProblemDetail> classify(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof DirectConsumerNotAvailableException || t instanceof RejectedExecutionException) {
                return Optional.of(ProblemAdvice.problem(HttpStatus.SERVICE_UNAVAILABLE, "服务正在启动或停止",
                        "中心服务正在启动或停止，本次提交的数据未读取、未入库。请在 " + RETRY_AFTER_SECONDS
                                + " 秒后用同样的内容重新提交（推送请带同一个 Idempotency-Key）。"));
            }
            if (DiskSpace.exhausted(t)) {
                return Optional.of(ProblemAdvice.problem(HttpStatus.INSUFFICIENT_STORAGE, "服务器磁盘已满",
                        DiskSpace.MESSAGE));
            }
        }
        return Optional.empty();
    }
}

package cn.yibiaotong.hub.poll;

import cn.yibiaotong.hub.connector.HttpPoll;
import java.io.IOException;
import java.net.ConnectException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import org.apache.camel.http.base.HttpOperationFailedException;
import org.apache.hc.client5.http.ConnectTimeoutException;

/** The kind of a poll failure in words an operator understands; never the response body, which may be personal. */
final class PollFailures {

    private PollFailures() {
    }

    /** What route configuration http-poll-retry retries: the department's answer or the connection failed. */
    static boolean isTransport(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof HttpOperationFailedException || t instanceof IOException) {
                return true;
            }
        }
        return false;
    }

    static String describe(Throwable e, HttpPoll poll) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof HttpOperationFailedException h) {
                return "对方接口返回 HTTP " + h.getStatusCode() + (h.getStatusCode() >= 500 ? "（对方系统出错）" : "（请求被拒绝）");
            }
            if (t instanceof ConnectTimeoutException) {
                return "在 " + poll.connectTimeout() + " 内没能建立连接（连接超时）";
            }
            if (t instanceof SocketTimeoutException) {
                return "对方接口在 " + poll.responseTimeout() + " 内没有响应（响应超时）";
            }
            if (t instanceof ConnectException) {
                return "无法连接（连接被拒绝，对方服务可能未启动）";
            }
            if (t instanceof UnknownHostException) {
                return "找不到该主机（域名无法解析）";
            }
            if (t instanceof IOException) {
                return "通信中断（" + t.getClass().getSimpleName() + "）";
            }
        }
        return "内部错误（" + (e == null ? "未知" : e.getClass().getSimpleName()) + "），请联系管理员查看日志";
    }
}

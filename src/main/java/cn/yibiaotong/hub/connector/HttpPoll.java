package cn.yibiaotong.hub.connector;

import java.time.Duration;
import org.springframework.boot.convert.DurationStyle;

/**
 * A department HTTP endpoint the hub polls: {@code GET url?since=<watermark>} every {@code interval}. The watermark
 * is the largest {@code watermarkField} value among the records of the last poll that was stored; the first poll
 * sends no {@code since} and gets everything. Durations are written {@code 30s}, {@code 15m}, {@code 500ms} or ISO-8601.
 *
 * @param url             the endpoint; {@code ${setting}} placeholders are resolved from the hub's configuration
 * @param interval        time between polls
 * @param connectTimeout  how long to wait for the connection; 10s when null
 * @param responseTimeout how long to wait for the response; 60s when null
 * @param sinceParameter  the query parameter that carries the watermark; {@code since} when null
 * @param watermarkField  the record field whose largest value is the next watermark, e.g. {@code AAE036}
 */
public record HttpPoll(String url, String interval, String connectTimeout, String responseTimeout,
                       String sinceParameter, String watermarkField) {

    public HttpPoll {
        connectTimeout = connectTimeout == null ? "10s" : connectTimeout;
        responseTimeout = responseTimeout == null ? "60s" : responseTimeout;
        sinceParameter = sinceParameter == null ? "since" : sinceParameter;
    }

    public Duration intervalDuration() {
        return DurationStyle.detectAndParse(interval);
    }

    public Duration connectTimeoutDuration() {
        return DurationStyle.detectAndParse(connectTimeout);
    }

    public Duration responseTimeoutDuration() {
        return DurationStyle.detectAndParse(responseTimeout);
    }
}

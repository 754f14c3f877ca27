package cn.yibiaotong.hub.connector;

import java.time.Duration;
import org.springframework.boot.convert.DurationStyle;

/**
 * Incremental pull from a department's own database over JDBC: pages of rows newer than the watermark, in
 * watermark-then-key order, until caught up; then again after {@code pollInterval}.
 *
 * @param url             JDBC URL; may be a {@code ${ENV_NAME:default}} placeholder resolved from the environment
 * @param user            database user; may be a placeholder
 * @param password        never written in the file: a {@code ${ENV_NAME}} placeholder (e.g. {@code ${HUB_PCS_DB_PASSWORD:}})
 * @param table           table (or view) to read; exactly one of {@code table} and {@code query}
 * @param query           a SELECT read as a sub-query, for when the rows need a join
 * @param watermarkColumn timestamp column the department updates on every change, e.g. {@code GXSJ}
 * @param keyColumn       unique key; orders rows that share one watermark value, so none is lost at a page boundary
 * @param pageSize        rows per page; one page is one batch
 * @param pollInterval    pause after the pull has caught up, e.g. {@code 1m}
 * @param safetyLag       only rows whose watermark is older than the database's clock minus this are read, e.g. {@code 30s}
 * @param connectTimeout  how long to wait for a connection before the attempt counts as failed
 * @param clockQuery      reads the department database's clock; {@code SELECT LOCALTIMESTAMP} unless the database
 *                        needs another form (Oracle: {@code SELECT LOCALTIMESTAMP FROM DUAL})
 * @param retry           back-off when the database cannot be read
 */
public record JdbcPull(String url, String user, String password, String table, String query, String watermarkColumn,
                       String keyColumn, Integer pageSize, String pollInterval, String safetyLag, String connectTimeout,
                       String clockQuery, Retry retry) {

    public JdbcPull {
        pageSize = pageSize == null ? 500 : pageSize;
        pollInterval = pollInterval == null ? "1m" : pollInterval;
        safetyLag = safetyLag == null ? "30s" : safetyLag;
        connectTimeout = connectTimeout == null ? "10s" : connectTimeout;
        clockQuery = clockQuery == null ? "SELECT LOCALTIMESTAMP" : clockQuery;
        retry = retry == null ? Retry.defaults() : retry;
    }

    /**
     * Retries of a failed read within one pull, each delay {@code multiplier} times the previous, up to
     * {@code maxDelay}; once they are used up the failure is recorded and the next pull starts after the interval.
     */
    public record Retry(Integer maxRetries, String delay, Double multiplier, String maxDelay) {

        public Retry {
            maxRetries = maxRetries == null ? 3 : maxRetries;
            delay = delay == null ? "2s" : delay;
            multiplier = multiplier == null ? 2.0 : multiplier;
            maxDelay = maxDelay == null ? "1m" : maxDelay;
        }

        static Retry defaults() {
            return new Retry(null, null, null, null);
        }
    }

    /** A duration setting such as {@code 500ms}, {@code 30s}, {@code 1m} (the schema allows only those forms). */
    public static Duration duration(String text) {
        return DurationStyle.SIMPLE.parse(text);
    }

    /** What the hub reads from: the table, or the query as a sub-query. */
    public String source() {
        return table != null ? table : "(" + query + ") src";
    }
}

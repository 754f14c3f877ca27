package cn.yibiaotong.hub.connector;

/**
 * Where a delivery goes, and how a failed send is retried.
 *
 * @param http        the department's endpoint, or null
 * @param outbox      a folder the file is written to (the department collects it), or null
 * @param maxAttempts attempts before the delivery lands in the dead-letter list; 5 when null
 * @param backoff     waiting time between attempts
 */
public record DeliveryTarget(Http http, String outbox, Integer maxAttempts, Backoff backoff) {

    public DeliveryTarget {
        maxAttempts = maxAttempts == null ? 5 : maxAttempts;
        backoff = backoff == null ? new Backoff(null, null, null) : backoff;
    }

    public boolean isHttp() {
        return http != null;
    }

    /**
     * @param url HTTP(S) URL the file is POSTed to; may be a Spring placeholder {@code ${setting:default}} so each
     *            installation points it at its own department without editing the file. Timeouts are hub-wide.
     */
    public record Http(String url) {
    }

    /**
     * Exponential back-off: the n-th retry waits {@code initialSeconds × multiplier^(n-1)}, at most {@code maxSeconds}.
     */
    public record Backoff(Double initialSeconds, Double multiplier, Double maxSeconds) {
        public Backoff {
            initialSeconds = initialSeconds == null ? 60.0 : initialSeconds;
            multiplier = multiplier == null ? 2.0 : multiplier;
            maxSeconds = maxSeconds == null ? 3600.0 : maxSeconds;
        }

        /** Milliseconds to wait after the given failed attempt (1 = the first) before the next one. */
        public long delayMillis(int failedAttempt) {
            double seconds = initialSeconds * Math.pow(multiplier, Math.max(0, failedAttempt - 1));
            return Math.round(Math.min(seconds, maxSeconds) * 1000);
        }
    }
}

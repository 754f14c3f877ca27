package cn.yibiaotong.hub.connector;

import java.time.OffsetDateTime;

/**
 * How a connector's transport has been doing, between batches.
 *
 * @param watermark           how far an incremental pull has read, in the transport's own notation; null before the
 *                            first pull
 * @param lastRunAt           when the transport last tried to fetch anything
 * @param lastSuccessAt       when it last fetched without error
 * @param lastError           the last error, in Chinese, without personal data; null once a run succeeds again
 * @param consecutiveFailures runs that failed in a row since the last success
 */
public record ConnectorState(String connectorId, String watermark, OffsetDateTime lastRunAt,
                             OffsetDateTime lastSuccessAt, String lastError, OffsetDateTime lastErrorAt,
                             int consecutiveFailures) {

    public static ConnectorState none(String connectorId) {
        return new ConnectorState(connectorId, null, null, null, null, null, 0);
    }
}

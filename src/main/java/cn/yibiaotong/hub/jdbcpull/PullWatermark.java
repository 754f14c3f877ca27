package cn.yibiaotong.hub.jdbcpull;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDateTime;

/**
 * How far a JDBC pull has read: the watermark value and key of the last row stored. The next page starts
 * after this pair, so rows sharing one watermark value are split between pages without loss or repetition.
 * Stored in {@code connector_state.watermark} as JSON, readable in the connector status.
 *
 * @param updatedAt the department's watermark column (e.g. GXSJ) of the last row stored
 * @param key       the key column (e.g. RYBH) of that row, compared as text
 */
public record PullWatermark(LocalDateTime updatedAt, String key) {

    private static final ObjectMapper JSON = new ObjectMapper();

    private record Stored(String updatedAt, String key) {
    }

    public String text() {
        try {
            return JSON.writeValueAsString(new Stored(updatedAt.toString(), key));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** @throws IllegalArgumentException when the stored text is not a watermark this class wrote */
    public static PullWatermark parse(String text) {
        try {
            Stored s = JSON.readValue(text, Stored.class);
            return new PullWatermark(LocalDateTime.parse(s.updatedAt()), s.key());
        } catch (JsonProcessingException | RuntimeException e) {
            throw new IllegalArgumentException("not a JDBC pull watermark", e);
        }
    }
}

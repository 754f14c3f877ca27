package cn.yibiaotong.hub.community;

import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.util.Base64;
import java.util.Optional;

/**
 * Where a polling client stopped in the change feed: the last change it received, in the feed's total order
 * (time, resident, source, version). Opaque to the client; it only hands back {@code next}.
 */
public record ChangeCursor(OffsetDateTime at, String residentId, String connectorId, int version) {

    public String encode() {
        String raw = at + "|" + residentId + "|" + connectorId + "|" + version;
        return Base64.getUrlEncoder().withoutPadding().encodeToString(raw.getBytes(StandardCharsets.UTF_8));
    }

    /** Empty when the text is not a cursor this feed handed out. */
    public static Optional<ChangeCursor> decode(String text) {
        try {
            String[] parts = new String(Base64.getUrlDecoder().decode(text), StandardCharsets.UTF_8).split("\\|");
            if (parts.length != 4) {
                return Optional.empty();
            }
            return Optional.of(new ChangeCursor(OffsetDateTime.parse(parts[0]), parts[1], parts[2],
                    Integer.parseInt(parts[3])));
        } catch (RuntimeException e) {
            return Optional.empty();
        }
    }
}

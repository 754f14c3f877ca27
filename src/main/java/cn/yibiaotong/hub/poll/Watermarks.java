package cn.yibiaotong.hub.poll;

import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.time.temporal.Temporal;

/**
 * Which of two watermark values is later. Department times are ISO dates and times, with or without an offset;
 * compared as times they order correctly even where their texts differ in precision ({@code 09:30} and
 * {@code 09:30:00.5}). Anything else is compared as text.
 */
final class Watermarks {

    private Watermarks() {
    }

    static String later(String a, String b) {
        Temporal ta = time(a);
        Temporal tb = time(b);
        if (ta instanceof LocalDateTime la && tb instanceof LocalDateTime lb) {
            return lb.isAfter(la) ? b : a;
        }
        if (ta instanceof OffsetDateTime oa && tb instanceof OffsetDateTime ob) {
            return ob.isAfter(oa) ? b : a;
        }
        return b.compareTo(a) > 0 ? b : a;
    }

    private static Temporal time(String s) {
        try {
            return LocalDateTime.parse(s);
        } catch (DateTimeParseException e) {
            try {
                return OffsetDateTime.parse(s);
            } catch (DateTimeParseException e2) {
                return null;
            }
        }
    }
}

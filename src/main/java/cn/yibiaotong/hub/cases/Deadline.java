package cn.yibiaotong.hub.cases;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;

/**
 * A matter's time limit. Working days skip Saturdays and Sundays in Beijing time; the hub does not yet know the
 * State Council's holiday calendar, so a deadline across a public holiday comes out early, never late.
 *
 * @param unit {@code hours}, {@code days} or {@code workingDays}
 */
public record Deadline(int amount, String unit) {

    static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

    /** The moment a case received at {@code from} is due. */
    public Instant after(Instant from) {
        return switch (unit) {
            case "hours" -> from.plus(Duration.ofHours(amount));
            case "days" -> from.plus(Duration.ofDays(amount));
            case "workingDays" -> afterWorkingDays(from.atZone(CHINA)).toInstant();
            default -> throw new IllegalStateException("unknown deadline unit " + unit);
        };
    }

    private ZonedDateTime afterWorkingDays(ZonedDateTime from) {
        ZonedDateTime t = from;
        int left = amount;
        while (left > 0) {
            t = t.plusDays(1);
            if (t.getDayOfWeek() != DayOfWeek.SATURDAY && t.getDayOfWeek() != DayOfWeek.SUNDAY) {
                left--;
            }
        }
        return t;
    }

    /** As staff say it: 5 个工作日, 24 小时, 2 天. */
    public String text() {
        return amount + switch (unit) {
            case "hours" -> " 小时";
            case "days" -> " 天";
            default -> " 个工作日";
        };
    }
}

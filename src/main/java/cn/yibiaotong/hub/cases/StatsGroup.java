package cn.yibiaotong.hub.cases;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** Running totals of one group while the cases stream past; only the closing times are kept, for the median. */
final class StatsGroup {

    private long received;
    private long closed;
    private long rated;
    private long satisfied;
    private long overdue;
    private final List<Long> minutesToClose = new ArrayList<>();

    void add(CaseRow c, boolean verdictSatisfied, Instant now) {
        received++;
        if (c.closedAt() != null) {
            closed++;
            minutesToClose.add(Duration.between(c.receivedAt(), c.closedAt()).toMinutes());
        }
        if (c.verdict() != null) {
            rated++;
            satisfied += verdictSatisfied ? 1 : 0;
        }
        overdue += c.overdueAt(now) ? 1 : 0;
    }

    StatsRow row(String key, String name) {
        return new StatsRow(key, name, received, closed, percent(closed, received), rated, percent(satisfied, rated),
                overdue, medianHours());
    }

    private Double medianHours() {
        if (minutesToClose.isEmpty()) {
            return null;
        }
        List<Long> sorted = minutesToClose.stream().sorted().toList();
        int n = sorted.size();
        double minutes = n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2.0;
        return round(minutes / 60.0);
    }

    private static Double percent(long part, long whole) {
        return whole == 0 ? null : round(part * 100.0 / whole);
    }

    private static double round(double v) {
        return BigDecimal.valueOf(v).setScale(1, RoundingMode.HALF_UP).doubleValue();
    }
}

package cn.yibiaotong.hub.dashboard;

import cn.yibiaotong.hub.cases.CaseStore;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * How many cases were overdue at the end of each recent week: received by then, past their deadline then, and not
 * closed by then. Today's deadlines and closings are the ones stored now, so a reopened case counts from its new
 * deadline; that is the figure a supervisor's weekly meeting reads.
 */
@Component
public class OverdueTrend {

    private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

    private final NamedParameterJdbcTemplate jdbc;
    private final Clock clock;

    public OverdueTrend(NamedParameterJdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** @param weekEnding the Sunday the week ends on (the last point is today); open the cases open then */
    public record Point(LocalDate weekEnding, long overdue, long open) {
    }

    /** @param weeks how many weeks back, the current one included */
    public List<Point> weekly(String divisionPrefix, int weeks) {
        LocalDate today = LocalDate.now(clock.withZone(CHINA));
        LocalDate sunday = today.with(TemporalAdjusters.nextOrSame(DayOfWeek.SUNDAY));
        Instant[] at = new Instant[weeks];
        LocalDate[] label = new LocalDate[weeks];
        for (int i = 0; i < weeks; i++) {
            int back = weeks - 1 - i;
            label[i] = back == 0 ? today : sunday.minusWeeks(back);
            at[i] = back == 0 ? clock.instant() : label[i].plusDays(1).atStartOfDay(CHINA).toInstant();
        }
        long[] open = new long[weeks];
        long[] overdue = new long[weeks];
        // one pass over the cases that were open at some point of the window, rows streamed, not held
        MapSqlParameterSource p = new MapSqlParameterSource("first", CaseStore.time(at[0]))
                .addValue("last", CaseStore.time(at[weeks - 1]))
                .addValue("division", (divisionPrefix == null ? "" : divisionPrefix) + "%");
        jdbc.query("""
                SELECT received_at, deadline, closed_at FROM hub_case
                WHERE received_at < :last AND (closed_at IS NULL OR closed_at >= :first)
                  AND COALESCE(division_code, '') LIKE :division""", p, (RowCallbackHandler) rs -> {
            Instant received = rs.getObject("received_at", OffsetDateTime.class).toInstant();
            Instant deadline = rs.getObject("deadline", OffsetDateTime.class).toInstant();
            OffsetDateTime closedAt = rs.getObject("closed_at", OffsetDateTime.class);
            Instant closed = closedAt == null ? null : closedAt.toInstant();
            for (int i = 0; i < weeks; i++) {
                if (received.isBefore(at[i]) && (closed == null || !closed.isBefore(at[i]))) {
                    open[i]++;
                    if (deadline.isBefore(at[i])) {
                        overdue[i]++;
                    }
                }
            }
        });
        List<Point> points = new ArrayList<>();
        for (int i = 0; i < weeks; i++) {
            points.add(new Point(label[i], overdue[i], open[i]));
        }
        return points;
    }
}

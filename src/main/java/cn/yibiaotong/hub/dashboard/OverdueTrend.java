package cn.yibiaotong.hub.dashboard;

import cn.yibiaotong.hub.cases.CaseStore;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
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
        List<Point> points = new ArrayList<>();
        for (int i = weeks - 1; i >= 0; i--) {
            LocalDate end = sunday.minusWeeks(i);
            Instant at = i == 0 ? clock.instant() : end.plusDays(1).atStartOfDay(CHINA).toInstant();
            MapSqlParameterSource p = new MapSqlParameterSource("at", CaseStore.time(at))
                    .addValue("division", (divisionPrefix == null ? "" : divisionPrefix) + "%");
            Long[] counts = jdbc.queryForObject("""
                    SELECT COUNT(*) AS open_cases,
                           COALESCE(SUM(CASE WHEN deadline < :at THEN 1 ELSE 0 END), 0) AS overdue_cases
                    FROM hub_case
                    WHERE received_at < :at AND (closed_at IS NULL OR closed_at >= :at)
                      AND COALESCE(division_code, '') LIKE :division""", p,
                    (rs, n) -> new Long[] {rs.getLong("open_cases"), rs.getLong("overdue_cases")});
            points.add(new Point(i == 0 ? today : end, counts[1], counts[0]));
        }
        return points;
    }
}

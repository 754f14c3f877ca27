package cn.yibiaotong.hub.cases;

import cn.yibiaotong.hub.department.Department;
import cn.yibiaotong.hub.department.Departments;
import cn.yibiaotong.hub.division.Division;
import cn.yibiaotong.hub.division.DivisionTree;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.stereotype.Component;

/**
 * Received, closed, closure and satisfaction rates, overdue count and median time to close, rolled up along the
 * division hierarchy by code prefix, or by department, ledger, matter or quarter. Cases stream from the database
 * one row at a time; only per-group totals (and closing times for the median) are held.
 */
@Component
public class CaseStats {

    /** Significant prefix length of each level a division roll-up can stop at. */
    static final Map<String, Integer> LEVELS = Map.of("county", 6, "town", 9, "village", 12);
    static final List<String> GROUPINGS = List.of("division", "department", "ledger", "matter", "quarter");

    private final NamedParameterJdbcTemplate jdbc;
    private final Workflow workflow;
    private final Departments departments;
    private final DivisionTree divisions;
    private final Matters matters;
    private final Clock clock;
    private final Ledgers ledgers;

    public CaseStats(JdbcTemplate jdbc, Workflow workflow, Departments departments, DivisionTree divisions,
                     Matters matters, Clock clock, Ledgers ledgers) {
        this.jdbc = CaseStats.streaming(jdbc);
        this.workflow = workflow;
        this.departments = departments;
        this.divisions = divisions;
        this.matters = matters;
        this.clock = clock;
        this.ledgers = ledgers;
    }

    /**
     * A template that makes the driver fetch rows in batches: PostgreSQL otherwise reads a whole result into memory
     * (it streams only inside a transaction, hence {@code @Transactional} on the readers).
     */
    static NamedParameterJdbcTemplate streaming(JdbcTemplate jdbc) {
        JdbcTemplate batched = new JdbcTemplate(jdbc.getDataSource());
        batched.setFetchSize(500);
        return new NamedParameterJdbcTemplate(batched);
    }

    @Transactional(readOnly = true)
    public StatsReport compute(String by, String level, CaseFilter filter) {
        Instant now = clock.instant();
        Function<CaseRow, String> key = keyOf(by, level);
        Map<String, StatsGroup> groups = new TreeMap<>();
        StatsGroup total = new StatsGroup();
        MapSqlParameterSource p = new MapSqlParameterSource("now", CaseStore.time(now));
        String where = CaseQueries.where(filter, p);
        jdbc.query("SELECT " + COLUMNS + " FROM hub_case" + where, p, rs -> {
            CaseRow c = counted(rs);
            boolean satisfied = c.verdict() != null && workflow.verdict(c.verdict()).map(v -> v.satisfied()).orElse(false);
            groups.computeIfAbsent(key.apply(c), k -> new StatsGroup()).add(c, satisfied, now);
            total.add(c, satisfied, now);
        });
        List<StatsRow> rows = groups.entrySet().stream().map(e -> e.getValue().row(e.getKey(), name(by, e.getKey()))).toList();
        return new StatsReport(by, "division".equals(by) ? level : null, rows, total.row("total", "合计"));
    }

    /**
     * The columns a roll-up reads: a district's year of cases streams past on every call, and the rest of the row
     * (title, description up to 4,000 characters, reporter, address) would only be decoded to be dropped.
     */
    private static final String COLUMNS = "division_code, department, ledger, matter_code, received_at, deadline,"
            + " closed_at, verdict";

    private static CaseRow counted(ResultSet rs) throws SQLException {
        return new CaseRow(0, null, null, rs.getString("ledger"), rs.getString("matter_code"), null, null, null,
                rs.getString("division_code"), null, null, null, null, null, null, rs.getString("department"), null,
                instant(rs, "received_at"), instant(rs, "deadline"), null, instant(rs, "closed_at"),
                rs.getString("verdict"), 0, null);
    }

    /** As a Timestamp: the same instant, decoded without building an OffsetDateTime per column and row. */
    private static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp t = rs.getTimestamp(column);
        return t == null ? null : t.toInstant();
    }

    private static Function<CaseRow, String> keyOf(String by, String level) {
        return switch (by) {
            case "division" -> c -> c.divisionCode() == null ? "unplaced"
                    : c.divisionCode().substring(0, LEVELS.get(level));
            case "department" -> CaseRow::department;
            case "ledger" -> CaseRow::ledger;
            case "matter" -> CaseRow::matterCode;
            case "quarter" -> c -> quarter(c.receivedAt());
            default -> throw new IllegalArgumentException("unknown grouping " + by);
        };
    }

    /** 2026Q3, in Beijing time. */
    static String quarter(Instant t) {
        ZonedDateTime z = t.atZone(Deadline.CHINA);
        return z.getYear() + "Q" + ((z.getMonthValue() - 1) / 3 + 1);
    }

    private String name(String by, String key) {
        return switch (by) {
            case "division" -> "unplaced".equals(key) ? "未定位"
                    : divisions.findByPrefix(key).map(Division::name).orElse(key);
            case "department" -> departments.find(key).map(Department::name).orElse(key);
            case "ledger" -> ledgers.name(key);
            case "matter" -> matters.find(key).map(Matter::name).orElse(key);
            default -> key;
        };
    }
}

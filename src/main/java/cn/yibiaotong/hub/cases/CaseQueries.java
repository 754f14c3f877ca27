package cn.yibiaotong.hub.cases;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/** Reads of the case board: one case with its history, and filtered pages with overdue cases first. */
@Component
public class CaseQueries {

    private final NamedParameterJdbcTemplate jdbc;
    private final CaseViews views;
    private final Clock clock;

    public CaseQueries(NamedParameterJdbcTemplate jdbc, CaseViews views, Clock clock) {
        this.jdbc = jdbc;
        this.views = views;
        this.clock = clock;
    }

    public Optional<CaseView> byId(long id) {
        return byId(id, null, null);
    }

    /**
     * @param scopePrefix division prefix the case must lie in, or null for any
     * @param department  department the case must be assigned to, or null for any; a case outside either is not
     *                    found, so a caller cannot learn that it exists
     */
    public Optional<CaseView> byId(long id, String scopePrefix, String department) {
        MapSqlParameterSource p = new MapSqlParameterSource("id", id);
        StringBuilder sql = new StringBuilder("SELECT * FROM hub_case WHERE id = :id");
        if (scopePrefix != null) {
            sql.append(" AND division_code LIKE :scope");
            p.addValue("scope", scopePrefix + "%");
        }
        if (department != null) {
            sql.append(" AND department = :department");
            p.addValue("department", department);
        }
        return jdbc.query(sql.toString(), p, (rs, n) -> {
            CaseRow row = CaseRow.of(rs, n);
            CaseView.ReporterContact contact = rs.getString("reporter_name") == null && rs.getString("reporter_phone") == null
                    ? null : new CaseView.ReporterContact(rs.getString("reporter_name"), rs.getString("reporter_phone"),
                    rs.getString("reporter_email"));
            return views.view(row, contact, linked(id), history(id));
        }).stream().findFirst();
    }

    public List<CaseEvent> history(long id) {
        return jdbc.query("SELECT * FROM case_event WHERE case_id = :id ORDER BY id", Map.of("id", id),
                (rs, n) -> new CaseEvent(CaseViews.local(CaseRow.instant(rs, "at")), rs.getString("kind"),
                        rs.getString("from_step"), rs.getString("to_step"), rs.getString("actor"), rs.getString("actor_role"),
                        rs.getString("comment"), rs.getString("verdict"), rs.getString("department")));
    }

    private int linked(long id) {
        Integer n = jdbc.queryForObject("SELECT COUNT(*) FROM case_link WHERE case_id = :id", Map.of("id", id), Integer.class);
        return n == null ? 0 : n;
    }

    public CasePage search(CaseFilter f, int page, int size) {
        MapSqlParameterSource p = new MapSqlParameterSource("now", CaseStore.time(clock.instant()));
        String where = where(f, p);
        Long total = jdbc.queryForObject("SELECT COUNT(*) FROM hub_case" + where, p, Long.class);
        p.addValue("offset", (long) page * size).addValue("size", size);
        List<CaseView> content = jdbc.query("SELECT * FROM hub_case" + where
                        + " ORDER BY CASE WHEN closed_at IS NULL AND deadline < :now THEN 0 ELSE 1 END, deadline, id"
                        + " OFFSET :offset ROWS FETCH NEXT :size ROWS ONLY", p,
                (rs, n) -> views.view(CaseRow.of(rs, n), null, 0, List.of()));
        return new CasePage(content, total == null ? 0 : total, page, size);
    }

    /**
     * The WHERE clause of a filter; shared with the statistics and the export so they count what the board shows.
     * {@code p} must already hold {@code now}, the moment "overdue" is measured at.
     */
    static String where(CaseFilter f, MapSqlParameterSource p) {
        StringBuilder w = new StringBuilder(" WHERE 1 = 1");
        if (f.divisionPrefix() != null) {
            w.append(" AND division_code LIKE :division");
            p.addValue("division", f.divisionPrefix() + "%");
        }
        if (f.gridCode() != null) {
            w.append(" AND grid_code = :grid");
            p.addValue("grid", f.gridCode());
        }
        if (f.department() != null) {
            w.append(" AND department = :department");
            p.addValue("department", f.department());
        }
        if (f.ledger() != null) {
            w.append(" AND ledger = :ledger");
            p.addValue("ledger", f.ledger());
        }
        if (f.step() != null) {
            w.append(" AND step = :step");
            p.addValue("step", f.step());
        }
        if (f.overdue() != null) {
            w.append(f.overdue() ? " AND ((closed_at IS NULL AND deadline < :now) OR closed_at > deadline)"
                    : " AND ((closed_at IS NULL AND deadline >= :now) OR closed_at <= deadline)");
        }
        if (f.from() != null) {
            w.append(" AND received_at >= :from");
            p.addValue("from", CaseStore.time(f.from()));
        }
        if (f.to() != null) {
            w.append(" AND received_at < :to");
            p.addValue("to", CaseStore.time(f.to()));
        }
        return w.toString();
    }
}

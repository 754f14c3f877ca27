package cn.yibiaotong.hub.open311;

import cn.yibiaotong.hub.cases.CaseRow;
import cn.yibiaotong.hub.cases.CaseStore;
import cn.yibiaotong.hub.cases.CaseViews;
import cn.yibiaotong.hub.cases.Matter;
import cn.yibiaotong.hub.cases.Matters;
import cn.yibiaotong.hub.cases.Workflow;
import cn.yibiaotong.hub.department.Department;
import cn.yibiaotong.hub.department.Departments;
import java.time.Instant;
import java.util.List;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Cases as GeoReport v2 service requests: status {@code open} until the case reaches the workflow's final step,
 * then {@code closed}. The reporter's contact details never leave through this public interface.
 */
@Component
class Open311Requests {

    /** The spec's response volume: at most 1000 requests per answer. */
    static final int LIMIT = 1000;

    private final NamedParameterJdbcTemplate jdbc;
    private final Matters matters;
    private final Departments departments;
    private final Workflow workflow;

    Open311Requests(NamedParameterJdbcTemplate jdbc, Matters matters, Departments departments, Workflow workflow) {
        this.jdbc = jdbc;
        this.matters = matters;
        this.departments = departments;
        this.workflow = workflow;
    }

    List<Open311Request> byIds(List<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return jdbc.query("SELECT * FROM hub_case WHERE id IN (:ids) ORDER BY id",
                new MapSqlParameterSource("ids", ids), (rs, n) -> toRequest(CaseRow.of(rs, n)));
    }

    /** Requests received in [from, to], optionally of some service codes and statuses, newest first. */
    List<Open311Request> search(Instant from, Instant to, List<String> serviceCodes, List<String> statuses) {
        MapSqlParameterSource p = new MapSqlParameterSource().addValue("from", CaseStore.time(from))
                .addValue("to", CaseStore.time(to)).addValue("final", workflow.finalSteps());
        StringBuilder where = new StringBuilder(" WHERE received_at >= :from AND received_at <= :to");
        if (!serviceCodes.isEmpty()) {
            where.append(" AND matter_code IN (:codes)");
            p.addValue("codes", serviceCodes);
        }
        if (statuses.size() == 1) {
            where.append(statuses.contains("closed") ? " AND step IN (:final)" : " AND step NOT IN (:final)");
        }
        return jdbc.query("SELECT * FROM hub_case" + where + " ORDER BY received_at DESC, id DESC FETCH FIRST "
                + LIMIT + " ROWS ONLY", p, (rs, n) -> toRequest(CaseRow.of(rs, n)));
    }

    Open311Request toRequest(CaseRow c) {
        boolean closed = workflow.isFinal(c.step());
        String stepName = workflow.step(c.step()).map(s -> s.name()).orElse(c.step());
        String notes = closed ? "已办结（" + stepName + "）" + (c.verdict() == null ? ""
                : "，群众评价：" + workflow.verdict(c.verdict()).map(v -> v.name()).orElse(c.verdict()))
                : "办理中：" + stepName;
        Matter matter = matters.find(c.matterCode()).orElse(null);
        String agency = departments.find(c.department()).map(Department::name).orElse(c.department());
        return new Open311Request(String.valueOf(c.id()), closed ? "closed" : "open", notes,
                matter == null ? c.matterCode() : matter.name(), c.matterCode(), c.description(), agency,
                matter == null ? null : notice(matter, agency), CaseViews.local(c.receivedAt()),
                CaseViews.local(c.updatedAt()), CaseViews.local(c.deadline()), c.address(), null, null, c.lat(), c.lon(),
                c.mediaUrl());
    }

    static String notice(Matter matter, String agency) {
        return "由" + agency + "在 " + matter.deadline().text() + "内办理。";
    }
}

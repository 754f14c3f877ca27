package cn.yibiaotong.hub.web;

import cn.yibiaotong.hub.cases.CaseFilter;
import cn.yibiaotong.hub.cases.Ledgers;
import cn.yibiaotong.hub.cases.QuarterlyReport;
import cn.yibiaotong.hub.cases.Workflow;
import cn.yibiaotong.hub.department.Departments;
import cn.yibiaotong.hub.security.Caller;
import cn.yibiaotong.hub.security.Callers;
import cn.yibiaotong.hub.security.Role;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;

/** The case board's query parameters, checked once with the same Chinese answers. */
@Component
public class CaseParameters {

    private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");
    private static final Pattern QUARTER = Pattern.compile("(\\d{4})Q([1-4])");

    private final SearchParameters search;
    private final Departments departments;
    private final Workflow workflow;
    private final Ledgers ledgers;

    public CaseParameters(SearchParameters search, Departments departments, Workflow workflow, Ledgers ledgers) {
        this.search = search;
        this.departments = departments;
        this.workflow = workflow;
        this.ledgers = ledgers;
    }

    public CaseFilter filter(String division, String grid, String department, String ledger, String step, Boolean overdue,
                             String from, String to) {
        String dept = blankToNull(department);
        if (dept != null && !departments.contains(dept)) {
            throw bad("部门不存在", "部门代码“" + dept + "”不在 config/departments.yaml 中。");
        }
        String led = blankToNull(ledger);
        if (led != null && !ledgers.contains(led)) {
            throw bad("台账不存在", "ledger 应为 " + ledgers.choices() + "。");
        }
        String st = blankToNull(step);
        if (st != null && workflow.step(st).isEmpty()) {
            throw bad("步骤不存在", "step 应为以下之一：" + String.join("、",
                    workflow.steps().stream().map(s -> workflow.stepLabel(s.code())).toList()) + "。");
        }
        return new CaseFilter(search.divisionPrefix(division), blankToNull(grid), ownDepartment(dept), led, st, overdue,
                day("from", from), day("to", to));
    }

    /**
     * A department clerk works with its own department's data only (the case board, statistics, report,
     * deliveries): another department asked for is 403, none asked for is its own. Other roles: as asked.
     */
    public String ownDepartment(String requested) {
        Caller caller = Callers.find().orElse(null);
        if (caller == null || caller.role() != Role.DEPARTMENT_CLERK) {
            return requested;
        }
        if (requested != null && !requested.equals(caller.department())) {
            throw new ApiProblem(HttpStatus.FORBIDDEN, "超出可见范围", "当前账号只能查看和使用本部门（" + caller.department()
                    + "）的数据，不能使用部门“" + requested + "”的。请去掉 department 参数，或改为本部门。")
                    .with("department", requested);
        }
        return caller.department();
    }

    public void checkPage(int page, int size) {
        search.checkPage(page, size, 500);
    }

    public void grouping(String by, String level) {
        if (!List.of("division", "department", "ledger", "matter", "quarter").contains(by)) {
            throw bad("统计口径不存在", "by 应为 division、department、ledger、matter 或 quarter。");
        }
        if (!List.of("county", "town", "village").contains(level)) {
            throw bad("汇总层级不存在", "level 应为 county（区县）、town（街道）或 village（社区）。");
        }
    }

    public CaseFilter quarter(String quarter, String division) {
        Matcher m = QUARTER.matcher(quarter == null ? "" : quarter.strip());
        if (!m.matches()) {
            throw bad("季度格式错误", "quarter 应写成“年份Q季度”，如 2026Q3。");
        }
        CaseFilter filter = QuarterlyReport.quarterFilter(search.divisionPrefix(division), Integer.parseInt(m.group(1)),
                Integer.parseInt(m.group(2)));
        String department = ownDepartment(null);
        return department == null ? filter : filter.forDepartment(department);
    }

    private static Instant day(String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(value.strip()).atStartOfDay(CHINA).toInstant();
        } catch (DateTimeParseException e) {
            throw bad("日期格式错误", name + " 应为日期，如 2026-07-01。");
        }
    }

    private static ApiProblem bad(String title, String detail) {
        return new ApiProblem(HttpStatus.BAD_REQUEST, title, detail);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}

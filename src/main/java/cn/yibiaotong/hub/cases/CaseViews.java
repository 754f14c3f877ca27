package cn.yibiaotong.hub.cases;

import cn.yibiaotong.hub.department.Department;
import cn.yibiaotong.hub.department.Departments;
import cn.yibiaotong.hub.division.Division;
import cn.yibiaotong.hub.division.DivisionTree;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import org.springframework.stereotype.Component;

/** Turns stored rows into {@link CaseView}s with the Chinese names of codes, times in Beijing time. */
@Component
public class CaseViews {

    private final Matters matters;
    private final Workflow workflow;
    private final Departments departments;
    private final DivisionTree divisions;
    private final Clock clock;
    private final Ledgers ledgers;

    public CaseViews(Matters matters, Workflow workflow, Departments departments, DivisionTree divisions, Clock clock,
                     Ledgers ledgers) {
        this.matters = matters;
        this.workflow = workflow;
        this.departments = departments;
        this.divisions = divisions;
        this.clock = clock;
        this.ledgers = ledgers;
    }

    public CaseView view(CaseRow c, CaseView.ReporterContact reporter, int linked, List<CaseEvent> history) {
        return new CaseView(c.id(), c.channel(), c.externalRef(), c.ledger(), ledgers.name(c.ledger()), c.matterCode(),
                matters.find(c.matterCode()).map(Matter::name).orElse(c.matterCode()), c.title(), c.description(),
                c.residentId(), reporter, c.divisionCode(),
                c.divisionCode() == null ? null : divisions.find(c.divisionCode()).map(Division::name).orElse(null),
                c.gridCode(), c.address(), c.step(), workflow.step(c.step()).map(s -> s.name()).orElse(c.step()),
                c.department(), departments.find(c.department()).map(Department::name).orElse(c.department()), c.level(),
                local(c.receivedAt()), local(c.deadline()), c.overdueAt(clock.instant()), local(c.escalatedAt()),
                local(c.closedAt()), c.verdict(), c.verdict() == null ? null : workflow.verdict(c.verdict()).map(v -> v.name()).orElse(null),
                c.reopenCount(), linked, history);
    }

    public static OffsetDateTime local(Instant t) {
        return t == null ? null : t.atZone(Deadline.CHINA).toOffsetDateTime();
    }
}

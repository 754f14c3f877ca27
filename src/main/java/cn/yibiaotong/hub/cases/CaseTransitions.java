package cn.yibiaotong.hub.cases;

import cn.yibiaotong.hub.cases.WorkflowFile.Transition;
import cn.yibiaotong.hub.cases.WorkflowFile.Verdict;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Moves a case along the workflow of {@code config/case-workflow.yaml}. Whatever the file does not allow is
 * refused with the steps that are allowed now and who may take them, so the caller learns the workflow from the
 * answer; nothing changes on a refusal.
 */
@Component
public class CaseTransitions {

    private final Workflow workflow;
    private final Matters matters;
    private final CaseStore store;
    private final CaseQueries queries;
    private final Clock clock;

    public CaseTransitions(Workflow workflow, Matters matters, CaseStore store, CaseQueries queries, Clock clock) {
        this.workflow = workflow;
        this.matters = matters;
        this.store = store;
        this.queries = queries;
        this.clock = clock;
    }

    @Transactional
    public CaseView apply(long caseId, TransitionRequest r) {
        required(r.to(), "to", "要转到的步骤代码，如 leader-review");
        required(r.actor(), "actor", "执行人姓名或工号");
        required(r.role(), "role", "执行人的角色代码，如 coordinator");
        if (workflow.role(r.role()).isEmpty()) {
            throw new CaseRejected(CaseRejected.Kind.INVALID, "角色不存在", "角色“" + r.role() + "”不存在。可用的角色："
                    + String.join("、", workflow.roles().stream().map(x -> workflow.roleLabel(x.code())).toList()) + "。");
        }
        CaseRow c = store.lock(caseId).orElseThrow(() -> new CaseRejected(CaseRejected.Kind.NOT_FOUND, "诉求不存在",
                "没有编号为 " + caseId + " 的诉求。请核对编号。"));
        Transition t = workflow.find(c.step(), r.to()).orElseThrow(() -> new CaseRejected(CaseRejected.Kind.NOT_ALLOWED,
                "不允许的流转", "诉求 " + caseId + " 当前处于“" + workflow.stepLabel(c.step()) + "”，不能转到“"
                + workflow.stepLabel(r.to()) + "”。" + allowedNow(c.step()))
                .with("step", c.step()).with("allowedSteps", allowedSteps(c.step())));
        if (!t.roles().contains(r.role())) {
            throw new CaseRejected(CaseRejected.Kind.FORBIDDEN, "角色无权执行此流转", "角色“" + workflow.roleLabel(r.role())
                    + "”不能把诉求 " + caseId + " 从“" + workflow.stepLabel(c.step()) + "”转到“" + workflow.stepLabel(r.to())
                    + "”。" + allowedNow(c.step())).with("step", c.step()).with("allowedSteps", allowedSteps(c.step()));
        }
        Verdict verdict = verdict(t, r);
        if (t.needsComment() && (r.comment() == null || r.comment().isBlank())) {
            throw new CaseRejected(CaseRejected.Kind.INVALID, "缺少说明", "从“" + workflow.stepLabel(c.step()) + "”转到“"
                    + workflow.stepLabel(r.to()) + "”必须在 comment 中写明原因。");
        }
        Instant now = clock.instant();
        boolean closing = workflow.isFinal(t.to());
        Instant newDeadline = t.reopens() ? matters.find(c.matterCode()).map(m -> m.deadline().after(now)).orElse(null) : null;
        store.move(caseId, t.to(), closing ? now : null, verdict == null ? null : verdict.code(), t.reopens(), newDeadline, now);
        store.event(caseId, now, "transition", c.step(), t.to(), r.actor(), r.role(), blankToNull(r.comment()),
                verdict == null ? null : verdict.code(), null);
        return queries.byId(caseId).orElseThrow();
    }

    private Verdict verdict(Transition t, TransitionRequest r) {
        boolean given = r.verdict() != null && !r.verdict().isBlank();
        if (t.verdicts().isEmpty()) {
            if (given) {
                throw new CaseRejected(CaseRejected.Kind.INVALID, "此步骤不收评价", "只有回复征询时才记录群众评价；"
                        + "转到“" + workflow.stepLabel(t.to()) + "”时请不要填写 verdict。");
            }
            return null;
        }
        String allowed = String.join("、", t.verdicts().stream().map(workflow::verdictLabel).toList());
        if (!given) {
            throw new CaseRejected(CaseRejected.Kind.INVALID, "缺少群众评价", "转到“" + workflow.stepLabel(t.to())
                    + "”需要在 verdict 中填写群众评价：" + allowed + "。");
        }
        return workflow.verdictByCodeOrName(r.verdict().strip()).filter(v -> t.verdicts().contains(v.code()))
                .orElseThrow(() -> new CaseRejected(CaseRejected.Kind.INVALID, "群众评价不符", "转到“"
                        + workflow.stepLabel(t.to()) + "”时，群众评价应为：" + allowed + "；收到的是“" + r.verdict().strip() + "”。"));
    }

    /** 现在允许的步骤：书记把关（leader-check），由 治理协调员（coordinator） 执行。 */
    String allowedNow(String step) {
        List<Transition> exits = workflow.from(step);
        if (exits.isEmpty()) {
            return "该诉求已办结，没有可以执行的流转。";
        }
        return "现在允许的步骤：" + String.join("；", exits.stream().map(t -> workflow.stepLabel(t.to()) + "，由 "
                + String.join(" 或 ", t.roles().stream().map(workflow::roleLabel).toList()) + " 执行").toList()) + "。";
    }

    private List<String> allowedSteps(String step) {
        return workflow.from(step).stream().map(Transition::to).distinct().toList();
    }

    private static void required(String value, String field, String what) {
        if (value == null || value.isBlank()) {
            throw new CaseRejected(CaseRejected.Kind.INVALID, "缺少字段", "缺少字段“" + field + "”（" + what + "）。")
                    .with("field", field);
        }
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}

package cn.yibiaotong.hub.cases;

import cn.yibiaotong.hub.cases.WorkflowFile.Role;
import cn.yibiaotong.hub.cases.WorkflowFile.Step;
import cn.yibiaotong.hub.cases.WorkflowFile.Transition;
import cn.yibiaotong.hub.cases.WorkflowFile.Verdict;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The case workflow from {@code config/case-workflow.yaml}: steps, allowed moves and who may make them. */
public final class Workflow {

    private final String start;
    private final Map<String, Step> steps = new LinkedHashMap<>();
    private final Map<String, Role> roles = new LinkedHashMap<>();
    private final Map<String, Verdict> verdicts = new LinkedHashMap<>();
    private final List<Transition> transitions;

    Workflow(WorkflowFile file) {
        this.start = file.start();
        file.steps().forEach(s -> steps.put(s.code(), s));
        file.roles().forEach(r -> roles.put(r.code(), r));
        file.verdicts().forEach(v -> verdicts.put(v.code(), v));
        this.transitions = List.copyOf(file.transitions());
    }

    public String start() {
        return start;
    }

    public Optional<Step> step(String code) {
        return Optional.ofNullable(steps.get(code));
    }

    public List<Step> steps() {
        return List.copyOf(steps.values());
    }

    public Optional<Role> role(String code) {
        return Optional.ofNullable(roles.get(code));
    }

    public List<Role> roles() {
        return List.copyOf(roles.values());
    }

    public Optional<Verdict> verdict(String code) {
        return Optional.ofNullable(verdicts.get(code));
    }

    public List<Verdict> verdicts() {
        return List.copyOf(verdicts.values());
    }

    /** The moves allowed from {@code step}, in the file's order. */
    public List<Transition> from(String step) {
        return transitions.stream().filter(t -> t.from().equals(step)).toList();
    }

    public Optional<Transition> find(String from, String to) {
        return transitions.stream().filter(t -> t.from().equals(from) && t.to().equals(to)).findFirst();
    }

    public boolean isFinal(String step) {
        return step(step).map(Step::isFinal).orElse(false);
    }

    /** The final steps' codes (usually one: close). */
    public List<String> finalSteps() {
        return steps.values().stream().filter(Step::isFinal).map(Step::code).toList();
    }

    /** 书记阅批（leader-review） */
    public String stepLabel(String code) {
        return step(code).map(s -> s.name() + "（" + code + "）").orElse(code);
    }

    /** 治理协调员（coordinator） */
    public String roleLabel(String code) {
        return role(code).map(r -> r.name() + "（" + code + "）").orElse(code);
    }

    /** 满意（satisfied） */
    public String verdictLabel(String code) {
        return verdict(code).map(v -> v.name() + "（" + code + "）").orElse(code);
    }

    /** The verdict by its code or its Chinese name (满意, 基本满意, 不满意), as residents and staff say it. */
    public Optional<Verdict> verdictByCodeOrName(String input) {
        return verdicts.values().stream().filter(v -> v.code().equals(input) || v.name().equals(input)).findFirst();
    }
}

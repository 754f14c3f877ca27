package cn.yibiaotong.hub.cases;

import cn.yibiaotong.hub.cases.WorkflowFile.Transition;
import cn.yibiaotong.hub.configfile.ConfigFileReader;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

/**
 * Reads and checks {@code config/case-workflow.yaml}. The schema sees the shape; here what it cannot: every
 * step, role and verdict a transition names exists, and no case can get stuck in a step without a way out.
 */
public final class WorkflowLoader {

    static final String SCHEMA = "case-workflow.schema.json";

    private WorkflowLoader() {
    }

    public static Workflow load(Path file, Path schemasDir) {
        ConfigFileReader reader = ConfigFileReader.read(file, schemasDir.resolve(SCHEMA));
        WorkflowFile f = reader.bind(WorkflowFile.class);
        Set<String> steps = unique(reader, "steps", f.steps(), WorkflowFile.Step::code, "步骤");
        Set<String> roles = unique(reader, "roles", f.roles(), WorkflowFile.Role::code, "角色");
        Set<String> verdicts = unique(reader, "verdicts", f.verdicts(), WorkflowFile.Verdict::code, "评价");
        if (!steps.contains(f.start())) {
            throw reader.error("/start", "起始步骤“" + f.start() + "”没有在 steps 中定义", "请改为以下之一：" + String.join("、", steps));
        }
        for (int i = 0; i < f.transitions().size(); i++) {
            Transition t = f.transitions().get(i);
            String at = "/transitions/" + i;
            known(reader, at + "/from", t.from(), steps, "步骤");
            known(reader, at + "/to", t.to(), steps, "步骤");
            for (int r = 0; r < t.roles().size(); r++) {
                known(reader, at + "/roles/" + r, t.roles().get(r), roles, "角色");
            }
            for (int v = 0; v < t.verdicts().size(); v++) {
                known(reader, at + "/verdicts/" + v, t.verdicts().get(v), verdicts, "评价");
            }
        }
        for (int i = 0; i < f.steps().size(); i++) {
            WorkflowFile.Step s = f.steps().get(i);
            boolean hasExit = f.transitions().stream().anyMatch(t -> t.from().equals(s.code()));
            if (!s.isFinal() && !hasExit) {
                throw reader.error("/steps/" + i + "/code", s.code(), "步骤“" + s.name() + "”没有任何流转可以离开，案件会停在这里",
                        "请在 transitions 中添加从 " + s.code() + " 出发的流转，或标记 final: true");
            }
        }
        if (f.steps().stream().noneMatch(WorkflowFile.Step::isFinal)) {
            throw reader.error("/steps", "没有办结步骤", "请给销号归档步骤加上 final: true");
        }
        return new Workflow(f);
    }

    private static <T> Set<String> unique(ConfigFileReader reader, String list, List<T> entries, Function<T, String> code,
                                          String what) {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < entries.size(); i++) {
            String c = code.apply(entries.get(i));
            if (!seen.add(c)) {
                throw reader.error("/" + list + "/" + i + "/code", c, what + "代码“" + c + "”重复", "每个" + what + "只写一次");
            }
        }
        return seen;
    }

    private static void known(ConfigFileReader reader, String pointer, String code, Set<String> defined, String what) {
        if (!defined.contains(code)) {
            throw reader.error(pointer, what + "“" + code + "”没有定义",
                    "请改为已定义的" + what + "之一：" + String.join("、", defined.stream().sorted().toList()));
        }
    }
}

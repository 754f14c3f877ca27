package cn.yibiaotong.hub.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.yibiaotong.hub.configfile.ConfigFileException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The workflow file is data, checked at start-up for what its schema cannot see. */
class WorkflowLoaderTest {

    private static final Path SCHEMAS = Path.of("schemas/meta");
    private static final String SMALL = """
            start: register
            roles:
              - {code: coordinator, name: 治理协调员}
            steps:
              - {code: register, name: 分类建账}
              - {code: close, name: 销号归档, final: true}
            verdicts:
              - {code: satisfied, name: 满意, satisfied: true}
            transitions:
              - {from: register, to: close, roles: [coordinator], verdicts: [satisfied]}
            """;

    @TempDir
    Path dir;

    @Test
    void theProjectsWorkflowHasTheNineStepsInOrder() {
        Workflow w = WorkflowLoader.load(Path.of("config/case-workflow.yaml"), SCHEMAS);

        assertThat(w.steps()).extracting(s -> s.name()).containsExactly("分类建账", "书记阅批", "受理告知", "快速交办",
                "严格督查", "结果反馈", "书记把关", "回复征询", "销号归档");
        assertThat(w.start()).isEqualTo("register");
        assertThat(w.finalSteps()).containsExactly("close");
        assertThat(w.verdicts()).extracting(v -> v.name()).containsExactly("满意", "基本满意", "不满意");
    }

    @Test
    void aTransitionToAStepThatDoesNotExistIsNamed() throws IOException {
        Path file = write(SMALL.replace("to: close", "to: archive"));

        assertThatThrownBy(() -> WorkflowLoader.load(file, SCHEMAS))
                .isInstanceOf(ConfigFileException.class)
                .hasMessage("配置文件 " + file + " 第 10 行（transitions[0].to）：步骤“archive”没有定义。请改为已定义的步骤之一：close、register。");
    }

    @Test
    void anUnknownRoleOrVerdictIsNamed() throws IOException {
        Path role = write(SMALL.replace("roles: [coordinator]", "roles: [mayor]"));
        assertThatThrownBy(() -> WorkflowLoader.load(role, SCHEMAS))
                .hasMessage("配置文件 " + role + " 第 10 行（transitions[0].roles[0]）：角色“mayor”没有定义。请改为已定义的角色之一：coordinator。");
        Path verdict = write(SMALL.replace("verdicts: [satisfied]", "verdicts: [happy]"));
        assertThatThrownBy(() -> WorkflowLoader.load(verdict, SCHEMAS))
                .hasMessageContaining("评价“happy”没有定义");
    }

    @Test
    void aStepWithoutAWayOutWouldStrandCases() throws IOException {
        Path file = write(SMALL.replace("  - {code: close,", "  - {code: review, name: 书记阅批}\n  - {code: close,"));

        assertThatThrownBy(() -> WorkflowLoader.load(file, SCHEMAS))
                .hasMessage("配置文件 " + file + " 第 6 行（review）：步骤“书记阅批”没有任何流转可以离开，案件会停在这里。"
                        + "请在 transitions 中添加从 review 出发的流转，或标记 final: true。");
    }

    private Path write(String text) throws IOException {
        return Files.writeString(dir.resolve("case-workflow.yaml"), text);
    }
}

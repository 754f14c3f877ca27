package cn.yibiaotong.hub.configfile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.BeanCreationException;
import org.springframework.boot.Banner;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.boot.diagnostics.FailureAnalyzer;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.core.io.support.SpringFactoriesLoader;

/** A broken file ends start-up with the Chinese message and the fix, not a wall of bean-creation traces. */
@ExtendWith(OutputCaptureExtension.class)
class ConfigFileFailureAnalyzerTest {

    @Test
    void messageIsTheDescriptionAndTheFixIsTheAction() {
        ConfigFileException cause = new ConfigFileException("connectors/street-roster.yaml", 27, "fields[3].item",
                "数据清单中没有数据项“person.foo”", "请改用 schemas/data-list.yaml 中已有的数据项代码");

        FailureAnalysis analysis = new ConfigFileFailureAnalyzer()
                .analyze(new BeanCreationException("connectorCatalog", "Error creating bean", cause));

        assertThat(cause.getMessage()).isEqualTo("配置文件 connectors/street-roster.yaml 第 27 行（fields[3].item）："
                + "数据清单中没有数据项“person.foo”。请改用 schemas/data-list.yaml 中已有的数据项代码。");
        assertThat(analysis.getDescription())
                .isEqualTo("配置文件 connectors/street-roster.yaml 第 27 行（fields[3].item）：数据清单中没有数据项“person.foo”。");
        assertThat(analysis.getAction()).isEqualTo("请改用 schemas/data-list.yaml 中已有的数据项代码。");
        assertThat(analysis.getCause()).isSameAs(cause);
    }

    @Test
    void isRegisteredWithSpringBoot() {
        assertThat(SpringFactoriesLoader.loadFactoryNames(FailureAnalyzer.class, getClass().getClassLoader()))
                .contains(ConfigFileFailureAnalyzer.class.getName());
    }

    @Test
    void startUpWithABrokenFileEndsWithTheReport(@TempDir Path dir, CapturedOutput output) throws IOException {
        Path departments = Files.writeString(dir.resolve("departments.yaml"), "departments:\n  - code: civil-affairs\n    nam: 民政局\n");

        assertThatThrownBy(() -> new SpringApplicationBuilder(DefinitionsConfiguration.class)
                .web(WebApplicationType.NONE).bannerMode(Banner.Mode.OFF)
                // a command-line argument, as an operator would pass it; it outranks config/application.yaml
                .run("--hub.departments-file=" + departments))
                .hasRootCauseInstanceOf(ConfigFileException.class);

        assertThat(output)
                .contains("APPLICATION FAILED TO START")
                .contains("配置文件 " + departments + " 第 3 行（departments[0].nam）：不认识的配置项“nam”。")
                .contains("是否想写“name”？请检查拼写或删除该项；此处可用的配置项：code、name、reads。")
                .contains("Action:")
                // Spring's one-line warning names the bean; no stack trace follows the report
                .doesNotContain("\tat org.springframework");
    }
}

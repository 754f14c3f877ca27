package cn.yibiaotong.hub.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.yibiaotong.hub.configfile.ConfigFileException;
import cn.yibiaotong.hub.configfile.DefinitionsConfiguration;
import cn.yibiaotong.hub.department.Departments;
import cn.yibiaotong.hub.department.DepartmentsLoader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.Banner;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

/** The matter list loads as written; a broken one stops start-up naming the file, the line and the fix. */
@ExtendWith(OutputCaptureExtension.class)
class MattersLoaderTest {

    private static final Path SCHEMAS = Path.of("schemas/meta");
    private static final String ONE = """
            matters:
              - code: "001"
                name: 物业管理
                ledger: demand
                department: housing
                level: street
                deadline: {amount: 5, unit: workingDays}
                escalateTo: {department: housing, level: district}
            """;

    private final Departments departments = DepartmentsLoader.load(Path.of("config/departments.yaml"));

    @TempDir
    Path dir;

    @Test
    void theProjectsMatterListLoadsWithDepartmentsFromThePowerList() {
        Matters matters = MattersLoader.load(Path.of("config/matters.yaml"), departments, SCHEMAS);

        assertThat(matters.all()).hasSize(12);
        Matter noise = matters.find("003").orElseThrow();
        assertThat(noise.name()).isEqualTo("噪声扰民");
        assertThat(noise.department()).isEqualTo("ecology");
        assertThat(noise.deadline()).isEqualTo(new Deadline(24, "hours"));
        assertThat(noise.escalateTo()).isEqualTo(new Matter.Escalation("ecology", "district"));
        assertThat(matters.all()).allSatisfy(m -> assertThat(departments.contains(m.department())).isTrue());
    }

    @Test
    void anUnknownDepartmentIsNamedWithItsLineAndTheFix() throws IOException {
        Path file = write(ONE.replace("department: housing\n", "department: property-office\n"));

        assertThatThrownBy(() -> MattersLoader.load(file, departments, SCHEMAS))
                .isInstanceOf(ConfigFileException.class)
                .hasMessageStartingWith("配置文件 " + file + " 第 5 行（matters[0].department）：部门“property-office”不在部门清单中。"
                        + "请改用 config/departments.yaml 中已有的部门代码（public-security、civil-affairs、");
    }

    @Test
    void aDuplicateCodeAndAWrongUnitAreCaught() throws IOException {
        Path twice = write("twice.yaml", ONE + ONE.substring("matters:\n".length()).replace("物业管理", "物业服务"));
        Path unit = write("unit.yaml", ONE.replace("unit: workingDays", "unit: weeks"));

        assertThatThrownBy(() -> MattersLoader.load(twice, departments, SCHEMAS))
                .hasMessage("配置文件 " + twice + " 第 9 行（001）：事项代码“001”重复，第 2 行已经定义过（物业管理）。"
                        + "每个事项只写一次：请删除重复的一项，或改用不同的代码。");
        assertThatThrownBy(() -> MattersLoader.load(unit, departments, SCHEMAS))
                .hasMessage("配置文件 " + unit + " 第 7 行（matters[0].deadline.unit）：取值“weeks”不在允许的范围内。"
                        + "请改为以下之一：hours、days、workingDays。");
    }

    @Test
    void startUpWithABrokenMatterListEndsWithTheReport(CapturedOutput output) throws IOException {
        Path file = write(ONE.replace("level: street", "levle: street"));

        assertThatThrownBy(() -> new SpringApplicationBuilder(DefinitionsConfiguration.class, CaseConfiguration.class)
                .web(WebApplicationType.NONE).bannerMode(Banner.Mode.OFF)
                .run("--hub.cases.matters-file=" + file))
                .hasRootCauseInstanceOf(ConfigFileException.class);

        assertThat(output)
                .contains("APPLICATION FAILED TO START")
                .contains("配置文件 " + file + " 第 6 行（matters[0].levle）：不认识的配置项“levle”。")
                .contains("Action:")
                .contains("请检查拼写或删除该项；此处可用的配置项：code、name、group、description、keywords、ledger、department、"
                        + "level、deadline、escalateTo。")
                .doesNotContain("\tat org.springframework");
    }

    private Path write(String text) throws IOException {
        return write("matters.yaml", text);
    }

    private Path write(String name, String text) throws IOException {
        return Files.writeString(dir.resolve(name), text);
    }
}

package cn.yibiaotong.hub.configfile;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** JSON Schema violations worded in Chinese with the file, the line, the entry and a fix from the schema. */
class SchemaViolationTest {

    private static final Path SCHEMA = Path.of("schemas/meta/connector.schema.json");
    private static final String VALID = """
            id: test-roster
            name: 测试花名册
            department: street-office
            direction: inbound
            record: resident
            format:
              type: csv
            acceptance:
              maxRejectedPercent: 5
            fields:
              - column: 姓名
                item: person.name
            codeMaps:
              person.residence_type:
                户籍人口: "1"
            """;

    @TempDir
    Path dir;

    @Test
    void validFilePasses() throws IOException {
        ConfigFileReader.read(write(VALID), SCHEMA);
    }

    @Test
    void unknownPropertyNamesTheAllowedOnesAndTheLikelyTypo() throws IOException {
        Path file = write(VALID.replace("    item: person.name", "    item: person.name\n    colum: 姓名"));

        assertThatThrownBy(() -> ConfigFileReader.read(file, SCHEMA))
                .isInstanceOf(ConfigFileException.class)
                .hasMessage("配置文件 " + file + " 第 13 行（fields[0].colum）：不认识的配置项“colum”。是否想写“column”？"
                        + "请检查拼写或删除该项；此处可用的配置项：column、aliases、item、required、ignore、transforms、datePatterns。");
    }

    @Test
    void misspeltRequiredKeyIsReportedAsTheTypoNotAsMissing() throws IOException {
        Path file = write(VALID.replace("  - column: 姓名", "  - colunm: 姓名"));

        assertThatThrownBy(() -> ConfigFileReader.read(file, SCHEMA))
                .hasMessageStartingWith("配置文件 " + file + " 第 11 行（fields[0].colunm）：不认识的配置项“colunm”。是否想写“column”？");
    }

    @Test
    void valueOutsideEnumListsTheAllowedValues() throws IOException {
        Path file = write(VALID.replace("type: csv", "type: pdf"));

        assertThatThrownBy(() -> ConfigFileReader.read(file, SCHEMA))
                .hasMessage("配置文件 " + file + " 第 7 行（format.type）：取值“pdf”不在允许的范围内。请改为以下之一：auto、csv、xlsx、json、xml。");
    }

    @Test
    void wrongTypeForMaxRejectedPercent() throws IOException {
        Path file = write(VALID.replace("maxRejectedPercent: 5", "maxRejectedPercent: 百分之五"));

        assertThatThrownBy(() -> ConfigFileReader.read(file, SCHEMA))
                .hasMessage("配置文件 " + file + " 第 9 行（acceptance.maxRejectedPercent）：取值“百分之五”是文本，这里应为数字。"
                        + "请改为数字。说明：不合格行超过该百分比（0 到 100 的数字，如 2）时整批退回、一行不入库；不填则不论多少都接收合格行。");
    }

    @Test
    void numberOutOfRange() throws IOException {
        Path file = write(VALID.replace("maxRejectedPercent: 5", "maxRejectedPercent: 150"));

        assertThatThrownBy(() -> ConfigFileReader.read(file, SCHEMA))
                .hasMessageContaining("第 9 行（acceptance.maxRejectedPercent）：取值 150 大于允许的最大值 100。请改为允许范围内的取值。说明：");
    }

    @Test
    void missingRequiredPropertyAtTheTopHasNoLine() throws IOException {
        Path file = write(VALID.replace("record: resident\n", ""));

        assertThatThrownBy(() -> ConfigFileReader.read(file, SCHEMA))
                .hasMessage("配置文件 " + file + "：缺少必填项“record”。请添加 record。说明：所对应的标准记录：resident（居民，按公民身份号码合并进统一居民视图）或 case（诉求，每条记录受理为一件诉求，见 schemas/case.schema.json）。");
    }

    @Test
    void missingRequiredPropertyInAFieldPointsAtTheField() throws IOException {
        Path file = write(VALID.replace("  - column: 姓名\n", "  - \n"));

        assertThatThrownBy(() -> ConfigFileReader.read(file, SCHEMA))
                .hasMessage("配置文件 " + file + " 第 12 行（fields[0]）：缺少必填项“column”。请添加 column。说明：部门文件中该列的表头文字，如 姓名。");
    }

    @Test
    void patternMismatchExplainsTheFormat() throws IOException {
        Path file = write(VALID.replace("item: person.name", "item: 姓名"));

        assertThatThrownBy(() -> ConfigFileReader.read(file, SCHEMA))
                .hasMessage("配置文件 " + file + " 第 12 行（fields[0].item）：取值“姓名”的写法不对。请改为符合要求的写法。"
                        + "说明：该列对应的数据项代码（见 schemas/data-list.yaml），如 person.name；ignore 为 true 时不填。");
    }

    @Test
    void unquotedCodeIsCaughtBeforeItsLeadingZeroIsLost() throws IOException {
        Path file = write(VALID.replace("户籍人口: \"1\"", "户籍人口: 01"));

        assertThatThrownBy(() -> ConfigFileReader.read(file, SCHEMA))
                .hasMessage("配置文件 " + file + " 第 15 行（codeMaps[\"person.residence_type\"].户籍人口）：取值 1 是数字，这里应为文本。"
                        + "请加英文引号写成 \"1\"（不加引号时 01 会被读成 1）。");
    }

    @Test
    void headerRowAlternativesAreExplainedOnce() throws IOException {
        Path file = write(VALID.replace("type: csv", "type: csv\n  headerRow: 0"));

        assertThatThrownBy(() -> ConfigFileReader.read(file, SCHEMA))
                .hasMessage("配置文件 " + file + " 第 8 行（format.headerRow）：取值 0 不符合要求。请改为符合要求的取值。"
                        + "说明：表头所在行，auto（在前十行中找与字段列名相符的一行）或从 1 开始的行号，如 3。");
    }

    @Test
    void theViolationNearestTheTopIsReported() throws IOException {
        Path file = write(VALID.replace("direction: inbound", "direction: in").replace("type: csv", "type: pdf"));

        assertThatThrownBy(() -> ConfigFileReader.read(file, SCHEMA))
                .hasMessage("配置文件 " + file + " 第 4 行（direction）：取值“in”不在允许的范围内。请改为以下之一：inbound、outbound。");
    }

    private Path write(String text) throws IOException {
        return Files.writeString(dir.resolve("test-roster.yaml"), text);
    }
}

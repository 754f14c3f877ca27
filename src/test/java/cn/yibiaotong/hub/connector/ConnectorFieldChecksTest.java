package cn.yibiaotong.hub.connector;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Contradictions inside a connector's fields and code maps, checked against the project's real data list. */
class ConnectorFieldChecksTest {

    @TempDir
    Path dir;

    @Test
    void unknownDataListItem() throws IOException {
        Path file = write("test-roster.yaml", ConnectorFixture.VALID.replace("item: person.gender", "item: person.foo"));

        assertThatThrownBy(() -> load())
                .hasMessage("配置文件 " + file + " 第 13 行（fields[1].item）：数据清单中没有数据项“person.foo”。"
                        + "请改用数据清单中已有的数据项代码。");
    }

    @Test
    void misspeltItemGetsASuggestion() throws IOException {
        write("test-roster.yaml", ConnectorFixture.VALID.replace("item: person.gender", "item: person.gendre"));

        assertThatThrownBy(() -> load()).hasMessageEndingWith("：数据清单中没有数据项“person.gendre”。"
                + "是否想写“person.gender”？请改用数据清单中已有的数据项代码。");
    }

    @Test
    void twoFieldsOnTheSameHeaderAfterTrimming() throws IOException {
        Path file = write("test-roster.yaml", ConnectorFixture.VALID.replace("aliases: [类型]", "aliases: [类型, \" 姓名 \"]"));

        assertThatThrownBy(() -> load())
                .hasMessage("配置文件 " + file + " 第 15 行（fields[2].aliases[1]）：表头“姓名”重复：第 9 行（fields[0].column）已经用过。"
                        + "一个表头只能对应一列：请删除或改掉其中一处。");
    }

    @Test
    void codeMapForANonCodeItem() throws IOException {
        Path file = write("test-roster.yaml", ConnectorFixture.VALID + "  person.name:\n    张三: \"1\"\n");

        assertThatThrownBy(() -> load())
                .hasMessage("配置文件 " + file + " 第 20 行（codeMaps[\"person.name\"]）：数据项“person.name”的类型为 text，"
                        + "不是代码类，不能有代码对照。请删除这份代码对照。");
    }

    @Test
    void codeMapForAnItemNoFieldMaps() throws IOException {
        Path file = write("test-roster.yaml", ConnectorFixture.VALID + "  person.ethnicity:\n    汉: \"01\"\n");

        assertThatThrownBy(() -> load())
                .hasMessage("配置文件 " + file + " 第 20 行（codeMaps[\"person.ethnicity\"]）：没有哪一列对应数据项“person.ethnicity”，"
                        + "这份代码对照用不上。请删除这份代码对照，或在 fields 中添加对应该数据项的列。");
    }

    @Test
    void codeMapValueOutsideTheItemsCodeList() throws IOException {
        Path file = write("test-roster.yaml", ConnectorFixture.VALID.replace("户籍人口: \"1\"", "户籍人口: \"3\""));

        assertThatThrownBy(() -> load())
                .hasMessage("配置文件 " + file + " 第 19 行（codeMaps[\"person.residence_type\"].户籍人口）："
                        + "“户籍人口”对应的代码“3”不在代码表 residence_type 中。请改为代码表中已有的代码：1 户籍人口、2 流动人口。");
    }

    @Test
    void fieldWithNeitherItemNorIgnore() throws IOException {
        Path file = write("test-roster.yaml", ConnectorFixture.VALID.replace("    item: person.gender\n", ""));

        assertThatThrownBy(() -> load())
                .hasMessage("配置文件 " + file + " 第 12 行（fields[1]）：列“性别”既没有对应数据项（item），也没有标 ignore: true。"
                        + "请写 item: <数据项代码>；不需要读取该列时写 ignore: true。");
    }

    @Test
    void ignoredFieldWithAnItem() throws IOException {
        Path file = write("test-roster.yaml", ConnectorFixture.VALID.replace("    item: person.gender\n", "    item: person.gender\n    ignore: true\n"));

        assertThatThrownBy(() -> load())
                .hasMessage("配置文件 " + file + " 第 14 行（fields[1].ignore）：列“性别”标了 ignore: true，却又对应数据项“person.gender”。"
                        + "要读取该列就删除 ignore，不读取就删除 item。");
    }

    @Test
    void invalidDatePattern() throws IOException {
        Path file = write("test-roster.yaml", ConnectorFixture.VALID.replace("aliases: [类型]", "aliases: [类型]\n    datePatterns: [yyyy年M月d日, \"yyyy-MM-dd{\"]"));

        assertThatThrownBy(() -> load())
                .hasMessageStartingWith("配置文件 " + file + " 第 16 行（fields[2].datePatterns[1]）：日期格式“yyyy-MM-dd{”无效（")
                .hasMessageEndingWith("）。请按 java.time 的 DateTimeFormatter 写法填写，如 yyyy.M.d、yyyyMMdd、yyyy年M月d日。");
    }

    private ConnectorCatalog load() {
        return ConnectorCatalog.load(dir, ConnectorFixture.DATA_LIST, ConnectorFixture.DEPARTMENTS);
    }

    private Path write(String name, String text) throws IOException {
        return Files.writeString(dir.resolve(name), text);
    }
}

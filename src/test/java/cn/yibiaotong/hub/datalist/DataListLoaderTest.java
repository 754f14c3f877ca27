package cn.yibiaotong.hub.datalist;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.yibiaotong.hub.configfile.ConfigFileException;
import cn.yibiaotong.hub.department.Department;
import cn.yibiaotong.hub.department.Departments;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** One test per contradiction the data list loader must refuse, each with its exact message. */
class DataListLoaderTest {

    private static final Departments DEPARTMENTS = new Departments(List.of(
            new Department("public-security", "公安局"), new Department("street-office", "街道办事处")));
    private static final String VALID = """
            version: "t1"
            codeLists:
              - id: gender
                name: 人的性别代码
                standard: GB/T 2261.1-2003
                file: codelists/gender.csv
                synonyms: {男: "1", 女: "2"}
              - id: yes_no
                name: 是否
                standard: hub
                file: codelists/yes_no.csv
            items:
              - code: person.name
                name: 姓名
                type: text
                authority: public-security
                sensitivity: personal
              - code: person.gender
                name: 性别
                type: code
                codeList: gender
                authority: public-security
                sensitivity: personal
            """;

    @TempDir
    Path dir;

    @BeforeEach
    void codeLists() throws IOException {
        Files.createDirectories(dir.resolve("codelists"));
        Files.writeString(dir.resolve("codelists/gender.csv"), "code,name\n1,男性\n2,女性\n");
        Files.writeString(dir.resolve("codelists/yes_no.csv"), "code,name\n1,是\n0,否\n");
    }

    @Test
    void loadsItemsAndCodeListsRelativeToTheFile() throws IOException {
        DataList dataList = DataListLoader.load(write(VALID), DEPARTMENTS);

        assertThat(dataList.version()).isEqualTo("t1");
        assertThat(dataList.items()).extracting(DataItem::code).containsExactly("person.name", "person.gender");
        assertThat(dataList.item("person.gender").orElseThrow().type()).isEqualTo(ItemType.CODE);
        assertThat(dataList.codeList("gender").orElseThrow().match("女")).contains("2");
        assertThat(dataList.codeList("yes_no").orElseThrow().entries()).containsExactly(
                new CodeEntry("1", "是"), new CodeEntry("0", "否"));
    }

    @Test
    void duplicateItemCode() throws IOException {
        Path file = write(VALID.replace("code: person.gender", "code: person.name"));

        assertThatThrownBy(() -> DataListLoader.load(file, DEPARTMENTS))
                .isInstanceOf(ConfigFileException.class)
                .hasMessage("配置文件 " + file + " 第 18 行（person.name）：数据项代码“person.name”重复，第 13 行已经定义过。"
                        + "每个数据项只定义一次：请删除重复的一项，或改用不同的代码。");
    }

    @Test
    void duplicateCodeListId() throws IOException {
        Path file = write(VALID.replace("id: yes_no", "id: gender"));

        assertThatThrownBy(() -> DataListLoader.load(file, DEPARTMENTS))
                .hasMessage("配置文件 " + file + " 第 8 行（gender）：代码表 id“gender”重复，第 3 行已经定义过。"
                        + "请删除重复的一项，或改用不同的 id。");
    }

    @Test
    void codeItemWithoutCodeList() throws IOException {
        Path file = write(VALID.replace("    codeList: gender\n", ""));

        assertThatThrownBy(() -> DataListLoader.load(file, DEPARTMENTS))
                .hasMessage("配置文件 " + file + " 第 20 行（person.gender）：类型为 code，但没有指定代码表（codeList）。"
                        + "请添加 codeList，可用的代码表：gender、yes_no。");
    }

    @Test
    void codeListOnANonCodeItem() throws IOException {
        Path file = write(VALID.replace("    type: text\n", "    type: text\n    codeList: yes_no\n"));

        assertThatThrownBy(() -> DataListLoader.load(file, DEPARTMENTS))
                .hasMessage("配置文件 " + file + " 第 16 行（person.name）：类型为 text，不能指定代码表（codeList）。"
                        + "请删除 codeList，或把 type 改为 code。");
    }

    @Test
    void unknownCodeList() throws IOException {
        Path file = write(VALID.replace("codeList: gender", "codeList: sex"));

        assertThatThrownBy(() -> DataListLoader.load(file, DEPARTMENTS))
                .hasMessage("配置文件 " + file + " 第 21 行（person.gender）：代码表“sex”不存在。"
                        + "请改用 codeLists 中已有的代码表：gender、yes_no。");
    }

    @Test
    void unknownAuthoritativeDepartment() throws IOException {
        Path file = write(VALID.replaceFirst("authority: public-security", "authority: police"));

        assertThatThrownBy(() -> DataListLoader.load(file, DEPARTMENTS))
                .hasMessage("配置文件 " + file + " 第 16 行（person.name）：权威部门“police”不在部门清单中。"
                        + "请改用部门清单中已有的部门代码：public-security、street-office。");
    }

    @Test
    void codeListFileMissing() throws IOException {
        Files.delete(dir.resolve("codelists/yes_no.csv"));
        Path file = write(VALID);

        assertThatThrownBy(() -> DataListLoader.load(file, DEPARTMENTS))
                .hasMessage("配置文件 " + file + " 第 11 行（yes_no）：找不到代码表文件 " + dir.resolve("codelists/yes_no.csv")
                        + "。请检查文件名（路径相对于数据清单文件所在的文件夹），或把该 CSV 文件（UTF-8，表头 code,name）放到这个位置。");
    }

    @Test
    void duplicateCodeInsideACodeListCsv() throws IOException {
        Path csv = Files.writeString(dir.resolve("codelists/gender.csv"), "code,name\n1,男性\n2,女性\n1,男\n");
        Path file = write(VALID);

        assertThatThrownBy(() -> DataListLoader.load(file, DEPARTMENTS))
                .hasMessage("配置文件 " + csv + " 第 4 行（代码表 gender）：代码“1”重复，第 2 行已有。"
                        + "同一代码只能出现一次：请删除重复的一行，或改正代码。");
    }

    @Test
    void codeListCsvNeedsItsHeader() throws IOException {
        Path csv = Files.writeString(dir.resolve("codelists/gender.csv"), "代码,名称\n1,男性\n");
        Path file = write(VALID);

        assertThatThrownBy(() -> DataListLoader.load(file, DEPARTMENTS))
                .hasMessage("配置文件 " + csv + " 第 1 行（代码表 gender）：表头应包含 code 和 name，实际为 代码,名称。请把第一行改为 code,name。");
    }

    @Test
    void synonymPointingOutsideItsList() throws IOException {
        Path file = write(VALID.replace("女: \"2\"", "女: \"3\""));

        assertThatThrownBy(() -> DataListLoader.load(file, DEPARTMENTS))
                .hasMessage("配置文件 " + file + " 第 7 行（gender）：同义词“女”对应的代码“3”不在代码表 gender 中。"
                        + "请改为代码表中已有的代码：1 男性、2 女性。");
    }

    private Path write(String text) throws IOException {
        return Files.writeString(dir.resolve("data-list.yaml"), text);
    }
}

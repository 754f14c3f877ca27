package cn.yibiaotong.hub.configfile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.yibiaotong.hub.connector.ConnectorDefinition;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Reading, line finding and the file-level failures: missing, empty, not UTF-8, not YAML, duplicate keys. */
class ConfigFileReaderTest {

    private static final Path CONNECTOR_SCHEMA = Path.of("schemas/meta/connector.schema.json");

    @TempDir
    Path dir;

    @Test
    void tellsTheLineOfAJsonPointer() {
        ConfigFileReader reader = ConfigFileReader.read(Path.of("connectors/street-roster.yaml"), CONNECTOR_SCHEMA);

        assertThat(reader.file()).isEqualTo("connectors/street-roster.yaml");
        assertThat(reader.lineOf("/id")).isEqualTo(6);
        assertThat(reader.lineOf("/fields/0")).isEqualTo(27);
        assertThat(reader.lineOf("/fields/3/item")).isEqualTo(37);
        assertThat(reader.lineOf("/fields/2/aliases/1")).isEqualTo(33);
        assertThat(reader.lineOf("/codeMaps/person.residence_type/暂住")).isEqualTo(77);
        // a path that leads nowhere points at the deepest entry found; the root is the whole file
        assertThat(reader.lineOf("/fields/3/nothing")).isEqualTo(36);
        assertThat(reader.lineOf("")).isZero();
        assertThat(reader.subjectOf("/fields/3/item")).isEqualTo("fields[3].item");
        assertThat(reader.subjectOf("/codeMaps/person.residence_type/暂住")).isEqualTo("codeMaps[\"person.residence_type\"].暂住");
        assertThat(reader.bind(ConnectorDefinition.class).fields()).hasSize(19);
    }

    @Test
    void missingFileIsNamed() {
        Path missing = dir.resolve("nowhere.yaml");

        assertThatThrownBy(() -> ConfigFileReader.read(missing, CONNECTOR_SCHEMA))
                .isInstanceOf(ConfigFileException.class)
                .hasMessageStartingWith("配置文件 " + missing + "：文件不存在。请检查路径是否正确（相对路径从工作目录 ")
                .hasMessageEndingWith("算起），或用 hub.departments-file、hub.data-list-file、hub.connectors-dir、hub.schemas-dir 指定位置。");
    }

    @Test
    void yamlSyntaxErrorHasItsLine() throws IOException {
        Path file = write("tabs.yaml", "id: tabs\nname: x\nfields:\n\t- column: a\n");

        assertThatThrownBy(() -> ConfigFileReader.read(file, CONNECTOR_SCHEMA))
                .hasMessage("配置文件 " + file + " 第 4 行：YAML 格式错误：用了 Tab 缩进。请检查该行及上一行的缩进、冒号和引号："
                        + "缩进只能用空格（不能用 Tab），同一层对齐，“键: 值”的冒号后要有空格，取值含冒号或 # 时请加英文引号。")
                .extracting(e -> ((ConfigFileException) e).line()).isEqualTo(4);
    }

    @Test
    void unquotedColonInAValueIsExplained() throws IOException {
        Path file = write("colon.yaml", "id: colon\nname: 花名册: 街道\n");

        assertThatThrownBy(() -> ConfigFileReader.read(file, CONNECTOR_SCHEMA))
                .hasMessageStartingWith("配置文件 " + file + " 第 2 行：YAML 格式错误："
                        + "此处不能出现“键: 值”（可能是缩进不对，或取值中的冒号没有加引号）。");
    }

    @Test
    void duplicateKeyIsAContradiction() throws IOException {
        Path file = write("dup.yaml", "id: dup\nname: x\nid: again\n");

        assertThatThrownBy(() -> ConfigFileReader.read(file, CONNECTOR_SCHEMA))
                .hasMessage("配置文件 " + file + " 第 3 行（id）：同一层中“id”出现了两次。请删除其中一个，或合并成一项。");
    }

    @Test
    void gbkFileIsRefusedWithHowToSaveIt() throws IOException {
        Path file = dir.resolve("gbk.yaml");
        Files.write(file, "name: 街道花名册\n".getBytes(Charset.forName("GBK")));

        assertThatThrownBy(() -> ConfigFileReader.read(file, CONNECTOR_SCHEMA))
                .hasMessage("配置文件 " + file + "：文件不是 UTF-8 编码（可能是 GBK）。请用文本编辑器把该文件另存为 UTF-8 编码。");
    }

    @Test
    void emptyFileIsRefused() throws IOException {
        Path file = write("empty.yaml", "# nothing yet\n");

        assertThatThrownBy(() -> ConfigFileReader.read(file, CONNECTOR_SCHEMA))
                .hasMessage("配置文件 " + file + "：文件是空的。请按 " + CONNECTOR_SCHEMA + " 的说明填写内容。");
    }

    @Test
    void messageWithoutLineOrSubjectStaysReadable() {
        ConfigFileException e = new ConfigFileException("a.yaml", 0, null, "出错了", "请改正。");

        assertThat(e.getMessage()).isEqualTo("配置文件 a.yaml：出错了。请改正。");
        assertThat(e.description()).isEqualTo("配置文件 a.yaml：出错了。");
    }

    private Path write(String name, String text) throws IOException {
        return Files.writeString(dir.resolve(name), text);
    }
}

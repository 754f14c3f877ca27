package cn.yibiaotong.hub.connector;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.yibiaotong.hub.configfile.ConfigFileException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The catalog as a whole: which files it loads, one file per id, a way in for inbound connectors, schema first. */
class ConnectorCatalogTest {

    @TempDir
    Path dir;

    @Test
    void loadsEveryYamlFileAndSetsItsSource() throws IOException {
        Path file = write("test-roster.yaml", ConnectorFixture.VALID);
        write("outbound-feed.yml", ConnectorFixture.OUTBOUND.replace("test-delivery", "outbound-feed"));
        Files.writeString(dir.resolve("README.md"), "not a connector");

        ConnectorCatalog catalog = ConnectorCatalog.load(dir, ConnectorFixture.DATA_LIST, ConnectorFixture.DEPARTMENTS);

        assertThat(catalog.all()).extracting(ConnectorDefinition::id).containsExactly("outbound-feed", "test-roster");
        ConnectorDefinition roster = catalog.find("test-roster").orElseThrow();
        assertThat(roster.source()).isEqualTo(file);
        // a resident connector without a required ID-number column is allowed: identity may come from name + address
        assertThat(roster.fields()).noneMatch(f -> "person.id_number".equals(f.item()));
        assertThat(catalog.find("nothing")).isEmpty();
    }

    @Test
    void idMustEqualTheFileName() throws IOException {
        Path file = write("other.yaml", ConnectorFixture.VALID);

        assertThatThrownBy(() -> load())
                .isInstanceOf(ConfigFileException.class)
                .hasMessage("配置文件 " + file + " 第 1 行（id）：id“test-roster”与文件名“other.yaml”不一致。"
                        + "一个文件对应一个接入：请把 id 改为 other，或把文件改名为 test-roster.yaml。");
    }

    @Test
    void unknownDepartment() throws IOException {
        Path file = write("test-roster.yaml", ConnectorFixture.VALID.replace("department: street-office", "department: street-offices"));

        assertThatThrownBy(() -> load())
                .hasMessage("配置文件 " + file + " 第 3 行（department）：部门“street-offices”不在部门清单中。"
                        + "是否想写“street-office”？请改用部门清单中已有的部门代码：public-security、civil-affairs、health、"
                        + "human-resources、disabled-persons-federation、veterans-affairs、petitions、street-office、"
                        + "urban-management、housing、ecology、emergency-management、supervision、hotline。");
    }

    @Test
    void inboundConnectorNeedsAWayIn() throws IOException {
        Path file = write("test-roster.yaml", ConnectorFixture.VALID.replace("upload: true", "upload: false"));

        assertThatThrownBy(() -> load())
                .hasMessage("配置文件 " + file + " 第 6 行（transport）：inbound 接入既不允许上传（transport.upload），"
                        + "也没有投放文件夹（transport.fileDrop）、推送（transport.push）、轮询（transport.httpPoll）或数据库拉取"
                        + "（transport.jdbcPull），数据无从进入。请在 transport 中写 upload: true、push: true，"
                        + "或写 fileDrop 的 directory、httpPoll 的 url、jdbcPull 的数据库设置。");
    }

    @Test
    void fileDropAloneIsAWayInAndStaysRelative() throws IOException {
        write("test-roster.yaml", ConnectorFixture.VALID.replace("upload: true", "fileDrop:\n    directory: data/inbox/test"));

        ConnectorDefinition roster = load().find("test-roster").orElseThrow();

        assertThat(roster.acceptsUploads()).isFalse();
        assertThat(roster.fileDrop().orElseThrow().directory()).isEqualTo("data/inbox/test");
    }

    @Test
    void formatIsBoundWithANumericHeaderRow() throws IOException {
        write("test-roster.yaml", ConnectorFixture.VALID.replace("fields:", "format:\n  type: csv\n  charset: GBK\n  headerRow: 3\n  delimiter: \";\"\nfields:"));

        ConnectorDefinition roster = load().find("test-roster").orElseThrow();

        assertThat(roster.format().headerRow()).isEqualTo("3");
        assertThat(roster.format().charset()).isEqualTo("GBK");
        assertThat(roster.format().delimiter()).isEqualTo(";");
        assertThat(roster.format().sheet()).isNull();
    }

    @Test
    void invalidIncludeExpression() throws IOException {
        Path file = write("test-roster.yaml", ConnectorFixture.VALID.replace("upload: true", "upload: true\n  fileDrop:\n    directory: in\n    include: \"*.xlsx\""));

        assertThatThrownBy(() -> load())
                .hasMessageStartingWith("配置文件 " + file + " 第 10 行（transport.fileDrop.include）：“*.xlsx”不是有效的正则表达式（")
                .hasMessageEndingWith("）。请改正，例如 .*\\.xlsx 表示所有 xlsx 文件；不写 include 则读取 CSV 和 XLSX 文件。");
    }

    @Test
    void sameIdInTwoFiles() throws IOException {
        Path first = write("test-roster.yaml", ConnectorFixture.VALID);
        Path second = write("test-roster.yml", ConnectorFixture.VALID);

        assertThatThrownBy(() -> load())
                .hasMessage("配置文件 " + second + " 第 1 行（id）：接入“test-roster”已在 " + first + " 中定义。"
                        + "一个接入只能有一个文件：请删除或合并其中一个。");
    }

    @Test
    void missingFolderIsNamed() {
        Path missing = dir.resolve("connectors");

        assertThatThrownBy(() -> ConnectorCatalog.load(missing, ConnectorFixture.DATA_LIST, ConnectorFixture.DEPARTMENTS))
                .hasMessage("配置文件 " + missing + "：接入文件夹不存在。请创建该文件夹（可以为空），或用 hub.connectors-dir 指定接入文件所在的文件夹。");
    }

    @Test
    void schemaViolationComesFirst() throws IOException {
        Path file = write("test-roster.yaml", ConnectorFixture.VALID.replace("upload: true", "upload: yes please"));

        assertThatThrownBy(() -> load())
                .hasMessage("配置文件 " + file + " 第 7 行（transport.upload）：取值“yes please”是文本，这里应为 true 或 false。"
                        + "请改为 true 或 false。说明：为 true 时允许工作人员通过 POST /api/uploads?connector=<id> 上传文件。");
    }

    private ConnectorCatalog load() {
        return ConnectorCatalog.load(dir, ConnectorFixture.DATA_LIST, ConnectorFixture.DEPARTMENTS);
    }

    private Path write(String name, String text) throws IOException {
        return Files.writeString(dir.resolve(name), text);
    }
}

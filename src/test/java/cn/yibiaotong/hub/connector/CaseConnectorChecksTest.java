package cn.yibiaotong.hub.connector;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A connector with record: case fills a case's intake; what start-up refuses about one, and why. */
class CaseConnectorChecksTest {

    static final String VALID = """
            id: test-cases
            name: 测试诉求
            department: street-office
            direction: inbound
            record: case
            channel: grid
            transport:
              upload: true
            fields:
              - column: 编号
                item: case.external_ref
              - column: 类别
                item: case.matter
              - column: 标题
                item: case.title
            codeMaps:
              case.matter:
                WY: "001"
            """;

    @TempDir
    Path dir;

    @Test
    void caseConnectorLoadsWithItsChannel() throws IOException {
        write(VALID);

        ConnectorDefinition c = load().find("test-cases").orElseThrow();
        assertThat(c.carriesCases()).isTrue();
        assertThat(c.channel()).isEqualTo("grid");
    }

    @Test
    void caseConnectorWithoutChannel() throws IOException {
        Path file = write(VALID.replace("channel: grid\n", ""));

        assertThatThrownBy(this::load).hasMessage("配置文件 " + file + "：缺少必填项“channel”。请添加 channel。"
                + "说明：record: case 的接入须写明诉求的来源渠道：hotline（12345 热线）、grid（网格员上报）、ledger（三本账导入）、"
                + "open311 或 department（部门转来）。");
    }

    @Test
    void residentConnectorWithAChannel() throws IOException {
        Path file = write(VALID.replace("record: case", "record: resident"));

        assertThatThrownBy(this::load).hasMessage("配置文件 " + file + " 第 6 行（channel）：channel 只用于 record: case 的接入"
                + "（诉求的来源渠道），本接入的 record 是 resident。请删除 channel，或把 record 改为 case。");
    }

    @Test
    void caseConnectorWithAResidentItem() throws IOException {
        Path file = write(VALID.replace("item: case.title", "item: person.name"));

        assertThatThrownBy(this::load).hasMessage("配置文件 " + file + " 第 15 行（fields[2].item）：record: case 的接入只能对应"
                + "诉求数据项（case.*），“person.name”不是。请改用 case.title、case.matter 等诉求数据项，或删除该列。");
    }

    @Test
    void residentConnectorWithACaseItem() throws IOException {
        Path file = write(ConnectorFixture.VALID.replace("item: person.gender", "item: case.title")
                .replace("id: test-roster", "id: test-cases"));

        assertThatThrownBy(this::load).hasMessage("配置文件 " + file + " 第 13 行（fields[1].item）：数据项“case.title”属于诉求，"
                + "只能用于 record: case 的接入。请把 record 改为 case 并写 channel，或改用居民数据项。");
    }

    @Test
    void caseConnectorWithoutTitle() throws IOException {
        Path file = write(VALID.replace("  - column: 标题\n    item: case.title\n", ""));

        assertThatThrownBy(this::load).hasMessage("配置文件 " + file + " 第 9 行（fields）：诉求接入缺少对应“case.title”的列，"
                + "受理一件诉求必须有事项类别和标题。请在 fields 中添加一列，写 item: case.title。");
    }

    @Test
    void codeMapOntoAMatterNotInTheMatterList() throws IOException {
        Path file = write(VALID.replace("WY: \"001\"", "WY: \"099\""));

        assertThatThrownBy(this::load).hasMessage("配置文件 " + file + " 第 18 行（codeMaps[\"case.matter\"].WY）："
                + "“WY”对应的代码“099”不在代码表 matter 中。请改为代码表中已有的代码：001 物业管理、002 环境卫生、003 噪声扰民、"
                + "004 占道经营、005 社会救助、006 就业社保、007 医疗卫生、008 残疾人服务、009 退役军人服务、010 矛盾纠纷 等共 12 项。");
    }

    private ConnectorCatalog load() {
        return ConnectorCatalog.load(dir, ConnectorFixture.DATA_LIST, ConnectorFixture.DEPARTMENTS);
    }

    private Path write(String text) throws IOException {
        return Files.writeString(dir.resolve("test-cases.yaml"), text);
    }
}

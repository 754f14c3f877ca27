package cn.yibiaotong.hub.connector;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** An outbound connector against the power list and its own code maps and schedule; each broken one way. */
class OutboundChecksTest {

    @TempDir
    Path dir;

    @Test
    void validOutboundConnectorLoadsWithItsTemplate() throws IOException {
        write(ConnectorFixture.OUTBOUND);

        ConnectorDefinition c = load().find("test-delivery").orElseThrow();

        assertThat(c.direction()).isEqualTo(Direction.OUTBOUND);
        assertThat(c.outbound().columns()).extracting(OutboundColumn::column).containsExactly("序号", "姓名", "救助类别");
        assertThat(c.outbound().file().charset()).isEqualTo("GBK");
        assertThat(c.outbound().delivery().maxAttempts()).isEqualTo(5);
    }

    @Test
    void anItemThePowerListDoesNotGrantStopsStartUp() throws IOException {
        Path file = write(ConnectorFixture.OUTBOUND.replace("item: person.name", "item: disability.category"));

        assertThatThrownBy(this::load).hasMessage("配置文件 " + file + " 第 13 行（disability.category）："
                + "权力清单不允许民政局（civil-affairs）读取数据项“disability.category”（残疾类别），报送中不能包含它。"
                + "请删除这一项；如该部门确需此数据，须经审批后在 config/departments.yaml 中 civil-affairs 的 reads 里加上 "
                + "disability.category。");
    }

    @Test
    void selectingByAnItemNotGrantedIsAlsoRefused() throws IOException {
        Path file = write(ConnectorFixture.OUTBOUND.replace("withItems: [welfare.assistance_type]",
                "withItems: [health.check_result]"));

        assertThatThrownBy(this::load).hasMessageStartingWith("配置文件 " + file + " 第 8 行（health.check_result）："
                + "权力清单不允许民政局（civil-affairs）读取数据项“health.check_result”");
    }

    @Test
    void outboundCodeMapsMustBeOneToOne() throws IOException {
        Path file = write(ConnectorFixture.OUTBOUND + "    城市低保: \"01\"\n");

        assertThatThrownBy(this::load).hasMessage("配置文件 " + file + " 第 25 行（codeMaps[\"welfare.assistance_type\"].城市低保）："
                + "标准代码“01”对应了两个部门代码“城低”和“城市低保”，报送时无法确定写哪一个。"
                + "outbound 接入的代码对照须一一对应：请只保留其中一个。");
    }

    @Test
    void invalidCronIsNamed() throws IOException {
        Path file = write(ConnectorFixture.OUTBOUND.replace("  delivery:\n", """
                  schedule:
                    cron: "every month"
                    divisions: ["510112001"]
                  delivery:
                """));

        assertThatThrownBy(this::load).hasMessage("配置文件 " + file + " 第 21 行（outbound.schedule.cron）："
                + "“every month”不是有效的 Quartz cron 表达式。请按“秒 分 时 日 月 周”六段填写，日和周之一写 ?，"
                + "如 0 0 6 1 * ? 表示每月 1 日 6 点。");
    }

    @Test
    void outboundConnectorWithoutOutboundSectionIsRefusedBySchema() throws IOException {
        Path file = write(ConnectorFixture.OUTBOUND.substring(0, ConnectorFixture.OUTBOUND.indexOf("outbound:\n"))
                + "fields:\n  - column: 姓名\n    item: person.name\n");

        assertThatThrownBy(this::load).hasMessageStartingWith("配置文件 " + file);
    }

    private ConnectorCatalog load() {
        return ConnectorCatalog.load(dir, ConnectorFixture.DATA_LIST, ConnectorFixture.DEPARTMENTS);
    }

    private Path write(String text) throws IOException {
        Path file = dir.resolve("test-delivery.yaml");
        Files.writeString(file, text);
        return file;
    }
}

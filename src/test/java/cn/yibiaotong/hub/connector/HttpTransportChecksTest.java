package cn.yibiaotong.hub.connector;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.mock.env.MockEnvironment;

/** Pushed and polled connectors, their JSON/XML formats and ${…} placeholders, checked at start-up. */
class HttpTransportChecksTest {

    static final String POLLED = """
            id: test-poll
            name: 测试轮询
            department: human-resources
            direction: inbound
            record: resident
            transport:
              httpPoll:
                url: ${test.url}
                interval: 15m
                watermarkField: AAE036
            format:
              type: xml
              recordElement: Person
            fields:
              - column: AAC002
                item: person.id_number
                required: true
              - column: AAE036
                ignore: true
            """;

    @TempDir
    Path dir;

    @Test
    void placeholdersAreResolvedFromTheHubsConfiguration() throws IOException {
        write(POLLED);

        HttpPoll poll = load(Map.of("test.url", "https://rs.example.gov.cn/api/persons")).find("test-poll")
                .flatMap(ConnectorDefinition::httpPoll).orElseThrow();

        assertThat(poll.url()).isEqualTo("https://rs.example.gov.cn/api/persons");
        assertThat(poll.sinceParameter()).isEqualTo("since");
        assertThat(poll.intervalDuration()).hasMinutes(15);
    }

    @Test
    void unsetPlaceholderNamesTheFileLineAndSetting() throws IOException {
        Path file = write(POLLED);

        assertThatThrownBy(() -> load(Map.of())).hasMessage("配置文件 " + file + " 第 8 行（transport.httpPoll.url）："
                + "占位符 ${test.url} 在配置中没有设置。请在 config/application.yaml（或环境变量）中设置 test.url，或写成 ${test.url:默认值}。");
    }

    @Test
    void pollUrlMustBeHttp() throws IOException {
        Path file = write(POLLED);

        assertThatThrownBy(() -> load(Map.of("test.url", "ftp://rs.example.gov.cn/persons")))
                .hasMessage("配置文件 " + file + " 第 8 行（transport.httpPoll.url）：“ftp://rs.example.gov.cn/persons”不是有效的 "
                        + "http:// 或 https:// 地址。请写部门接口的完整地址，如 https://rs.example.gov.cn/api/persons。");
    }

    @Test
    void intervalMustBeADuration() throws IOException {
        Path file = write(POLLED.replace("interval: 15m", "interval: 15 分钟"));

        assertThatThrownBy(() -> load(Map.of("test.url", "http://localhost/x")))
                .hasMessage("配置文件 " + file + " 第 9 行（transport.httpPoll.interval）：“15 分钟”不是有效的时长。"
                        + "请写如 500ms、30s、15m、1h 这样的正时长。");
    }

    @Test
    void watermarkFieldMustBeAField() throws IOException {
        Path file = write(POLLED.replace("watermarkField: AAE036", "watermarkField: AAE037"));

        assertThatThrownBy(() -> load(Map.of("test.url", "http://localhost/x")))
                .hasMessage("配置文件 " + file + " 第 10 行（transport.httpPoll.watermarkField）：水位字段“AAE037”不在 fields 中，"
                        + "读不到它的值。请在 fields 中加上该字段（不入库时写 ignore: true），如 - column: AAE037 与 ignore: true。");
    }

    @Test
    void xmlNeedsItsRecordElement() throws IOException {
        Path file = write(POLLED.replace("  recordElement: Person\n", ""));

        assertThatThrownBy(() -> load(Map.of("test.url", "http://localhost/x")))
                .hasMessage("配置文件 " + file + " 第 11 行（format）：XML 格式没有写 recordElement，无法知道哪个元素是一条记录。"
                        + "请写 recordElement: <元素名>，如 recordElement: Person。");
    }

    @Test
    void pushCarriesJsonOrXmlNotASpreadsheet() throws IOException {
        Path file = write(POLLED.replace("""
                  httpPoll:
                    url: ${test.url}
                    interval: 15m
                    watermarkField: AAE036
                """, "  push: true\n").replace("type: xml\n  recordElement: Person", "type: csv"));

        assertThatThrownBy(() -> load(Map.of()))
                .hasMessage("配置文件 " + file + " 第 9 行（format.type）：推送（push）和轮询（httpPoll）传来的是 JSON 或 XML 数据，"
                        + "format.type 却是 csv。请把 format.type 改为 json 或 xml。");
    }

    @Test
    void spreadsheetSettingsDoNotApplyToRecords() throws IOException {
        Path file = write(POLLED.replace("recordElement: Person", "recordElement: Person\n  charset: GBK"));

        assertThatThrownBy(() -> load(Map.of("test.url", "http://localhost/x")))
                .hasMessage("配置文件 " + file + " 第 14 行（format.charset）：format.charset 只适用于 CSV/XLSX 表格，xml 数据没有这一设置。"
                        + "请删除 format.charset。");
    }

    private ConnectorCatalog load(Map<String, String> settings) {
        MockEnvironment env = new MockEnvironment();
        settings.forEach(env::setProperty);
        return ConnectorCatalog.load(dir, ConnectorFixture.DATA_LIST, ConnectorFixture.DEPARTMENTS,
                Path.of("schemas/meta"), env);
    }

    private Path write(String text) throws IOException {
        return Files.writeString(dir.resolve("test-poll.yaml"), text);
    }
}

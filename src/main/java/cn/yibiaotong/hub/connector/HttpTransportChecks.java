package cn.yibiaotong.hub.connector;

import cn.yibiaotong.hub.configfile.ConfigFileReader;
import java.net.URI;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.List;
import org.springframework.boot.convert.DurationStyle;

/**
 * What the schema cannot see about pushed and polled connectors and their JSON/XML formats: a push or poll carries
 * a document of records, a document format has what it needs and nothing of a spreadsheet's, and a poll's URL,
 * durations and watermark field make sense.
 */
final class HttpTransportChecks {

    private static final List<String> SPREADSHEET_ONLY =
            List.of("charset", "headerRow", "headerRows", "delimiter", "sheet", "skipRowsStartingWith");

    private HttpTransportChecks() {
    }

    static void check(ConnectorDefinition c, ConfigFileReader reader) {
        String type = c.format().type();
        boolean records = c.format().isRecords();
        if (records) {
            for (String key : SPREADSHEET_ONLY) {
                if (reader.tree().path("format").has(key)) {
                    throw reader.error("/format/" + key, "format." + key + " 只适用于 CSV/XLSX 表格，" + type + " 数据没有这一设置",
                            "请删除 format." + key);
                }
            }
        }
        if ("xml".equals(type) && c.format().recordElement() == null) {
            throw reader.error("/format", "XML 格式没有写 recordElement，无法知道哪个元素是一条记录",
                    "请写 recordElement: <元素名>，如 recordElement: Person");
        }
        if (!"xml".equals(type) && c.format().recordElement() != null) {
            throw reader.error("/format/recordElement", "recordElement 只适用于 XML，本接入的格式是 " + type,
                    "请删除 recordElement，或把 format.type 改为 xml");
        }
        if (!"json".equals(type) && c.format().recordPath() != null) {
            throw reader.error("/format/recordPath", "recordPath 只适用于 JSON，本接入的格式是 " + type,
                    "请删除 recordPath，或把 format.type 改为 json");
        }
        if ((c.acceptsPushes() || c.httpPoll().isPresent()) && !records) {
            throw reader.error("/format/type", "推送（push）和轮询（httpPoll）传来的是 JSON 或 XML 数据，format.type 却是 " + type,
                    "请把 format.type 改为 json 或 xml");
        }
        c.httpPoll().ifPresent(poll -> checkPoll(c, poll, reader));
    }

    private static void checkPoll(ConnectorDefinition c, HttpPoll poll, ConfigFileReader reader) {
        String at = "/transport/httpPoll";
        if (!poll.url().contains("${")) {
            URI uri;
            try {
                uri = URI.create(poll.url());
            } catch (IllegalArgumentException e) {
                uri = null;
            }
            if (uri == null || uri.getHost() == null || !("http".equals(uri.getScheme()) || "https".equals(uri.getScheme()))) {
                throw reader.error(at + "/url", "“" + poll.url() + "”不是有效的 http:// 或 https:// 地址",
                        "请写部门接口的完整地址，如 https://rs.example.gov.cn/api/persons");
            }
        }
        duration(poll.interval(), at + "/interval", reader);
        duration(poll.connectTimeout(), at + "/connectTimeout", reader);
        duration(poll.responseTimeout(), at + "/responseTimeout", reader);
        String field = poll.watermarkField();
        if (field != null && c.fields().stream().noneMatch(f -> f.column().equals(field) || f.aliases().contains(field))) {
            throw reader.error(at + "/watermarkField", "水位字段“" + field + "”不在 fields 中，读不到它的值",
                    "请在 fields 中加上该字段（不入库时写 ignore: true），如 - column: " + field + " 与 ignore: true");
        }
    }

    private static void duration(String text, String pointer, ConfigFileReader reader) {
        if (text == null || text.contains("${")) {
            return;
        }
        Duration d;
        try {
            d = DurationStyle.detectAndParse(text);
        } catch (IllegalArgumentException | DateTimeParseException e) {
            d = null;
        }
        if (d == null || d.isNegative() || d.isZero()) {
            throw reader.error(pointer, "“" + text + "”不是有效的时长", "请写如 500ms、30s、15m、1h 这样的正时长");
        }
    }
}

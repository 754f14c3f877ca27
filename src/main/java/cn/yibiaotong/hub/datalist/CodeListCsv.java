package cn.yibiaotong.hub.datalist;

import cn.yibiaotong.hub.configfile.ConfigFileException;
import cn.yibiaotong.hub.configfile.ConfigFileReader;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/** Reads one code list CSV (UTF-8, header {@code code,name}); codes stay strings so leading zeros survive. */
final class CodeListCsv {

    private static final CSVFormat FORMAT = CSVFormat.DEFAULT.builder()
            .setHeader().setSkipHeaderRecord(true).setTrim(true).setIgnoreEmptyLines(true).get();

    private CodeListCsv() {
    }

    static List<CodeEntry> read(Path csv, String listId) {
        String name = csv.toString();
        String text = ConfigFileReader.readText(csv);
        List<CodeEntry> entries = new ArrayList<>();
        Map<String, Integer> lineOfCode = new HashMap<>();
        try (CSVParser parser = FORMAT.parse(new StringReader(text))) {
            if (!parser.getHeaderNames().contains("code") || !parser.getHeaderNames().contains("name")) {
                throw new ConfigFileException(name, 1, "代码表 " + listId,
                        "表头应包含 code 和 name，实际为 " + String.join(",", parser.getHeaderNames()),
                        "请把第一行改为 code,name");
            }
            // a record starts on the line after the previous one ended (values may span lines)
            long previousEnd = parser.getCurrentLineNumber();
            for (CSVRecord record : parser) {
                int line = (int) previousEnd + 1;
                previousEnd = parser.getCurrentLineNumber();
                String code = record.get("code");
                if (code.isEmpty()) {
                    throw new ConfigFileException(name, line, "代码表 " + listId, "代码为空", "请填写代码，或删除该行");
                }
                Integer first = lineOfCode.putIfAbsent(code, line);
                if (first != null) {
                    throw new ConfigFileException(name, line, "代码表 " + listId,
                            "代码“" + code + "”重复，第 " + first + " 行已有",
                            "同一代码只能出现一次：请删除重复的一行，或改正代码");
                }
                entries.add(new CodeEntry(code, record.get("name")));
            }
        } catch (IOException | UncheckedIOException e) {
            throw new ConfigFileException(name, 0, "代码表 " + listId, "CSV 格式错误：" + e.getMessage(),
                    "请检查引号是否配对，每行是否为 code,name 两列", e);
        }
        return entries;
    }
}

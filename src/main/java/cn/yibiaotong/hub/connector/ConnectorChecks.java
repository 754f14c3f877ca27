package cn.yibiaotong.hub.connector;

import cn.yibiaotong.hub.configfile.ConfigFileReader;
import cn.yibiaotong.hub.configfile.JsonPointers;
import cn.yibiaotong.hub.configfile.Suggestions;
import cn.yibiaotong.hub.datalist.CodeList;
import cn.yibiaotong.hub.datalist.DataItem;
import cn.yibiaotong.hub.datalist.DataList;
import cn.yibiaotong.hub.datalist.ItemType;
import cn.yibiaotong.hub.department.Department;
import cn.yibiaotong.hub.department.Departments;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import java.util.stream.Collectors;

/**
 * What the connector schema cannot see: a connector file against its own name, the departments and the data
 * list, and its entries against each other. Checks run roughly in file order, and the first failure is thrown.
 */
final class ConnectorChecks {

    private static final String CASE_PREFIX = "case.";

    private final DataList dataList;
    private final Departments departments;

    ConnectorChecks(DataList dataList, Departments departments) {
        this.dataList = dataList;
        this.departments = departments;
    }

    void check(ConnectorDefinition c, ConfigFileReader reader) {
        String fileName = c.source().getFileName().toString();
        String expectedId = fileName.substring(0, fileName.lastIndexOf('.'));
        if (!c.id().equals(expectedId)) {
            throw reader.error("/id", "id“" + c.id() + "”与文件名“" + fileName + "”不一致",
                    "一个文件对应一个接入：请把 id 改为 " + expectedId + "，或把文件改名为 " + c.id() + ".yaml");
        }
        if (!departments.contains(c.department())) {
            throw reader.error("/department", "部门“" + c.department() + "”不在部门清单中",
                    Suggestions.didYouMean(c.department(), departmentCodes()) + "请改用部门清单中已有的部门代码："
                            + String.join("、", departmentCodes()));
        }
        checkTransport(c, reader);
        checkFields(c.fields(), reader);
        checkRecordItems(c, reader);
        checkCodeMaps(c, reader);
        if (c.outbound() != null) {
            new OutboundChecks(dataList, departments.find(c.department()).orElseThrow()).check(c, reader);
        }
    }

    private void checkTransport(ConnectorDefinition c, ConfigFileReader reader) {
        if (c.direction() == Direction.INBOUND && !c.acceptsUploads() && c.fileDrop().isEmpty()
                && !c.acceptsPushes() && c.httpPoll().isEmpty() && c.jdbcPull().isEmpty()) {
            throw reader.error(c.transport() == null ? "/direction" : "/transport",
                    "inbound 接入既不允许上传（transport.upload），也没有投放文件夹（transport.fileDrop）、推送（transport.push）、"
                            + "轮询（transport.httpPoll）或数据库拉取（transport.jdbcPull），数据无从进入",
                    "请在 transport 中写 upload: true、push: true，或写 fileDrop 的 directory、httpPoll 的 url、jdbcPull 的数据库设置");
        }
        HttpTransportChecks.check(c, reader);
        c.jdbcPull().ifPresent(pull -> JdbcPullChecks.check(pull, c.format(), reader));
        String include = c.fileDrop().map(FileDrop::include).orElse(null);
        if (include != null) {
            try {
                Pattern.compile(include);
            } catch (PatternSyntaxException e) {
                throw reader.error("/transport/fileDrop/include",
                        "“" + include + "”不是有效的正则表达式（" + e.getDescription() + "）",
                        "请改正，例如 .*\\.xlsx 表示所有 xlsx 文件；不写 include 则读取 CSV 和 XLSX 文件");
            }
        }
    }

    private void checkFields(List<FieldMapping> fields, ConfigFileReader reader) {
        Map<String, String> headers = new HashMap<>();
        for (int i = 0; i < fields.size(); i++) {
            FieldMapping f = fields.get(i);
            String at = "/fields/" + i;
            if (f.ignore() && f.item() != null) {
                throw reader.error(at + "/ignore", "列“" + f.column() + "”标了 ignore: true，却又对应数据项“" + f.item() + "”",
                        "要读取该列就删除 ignore，不读取就删除 item");
            }
            if (f.ignore() && f.required()) {
                throw reader.error(at + "/required", "列“" + f.column() + "”标了 ignore: true，却又是必填列（required: true）",
                        "请删除其中一个");
            }
            if (!f.ignore() && f.item() == null) {
                throw reader.error(at, "列“" + f.column() + "”既没有对应数据项（item），也没有标 ignore: true",
                        "请写 item: <数据项代码>；不需要读取该列时写 ignore: true");
            }
            if (f.item() != null && dataList.item(f.item()).isEmpty()) {
                throw reader.error(at + "/item", "数据清单中没有数据项“" + f.item() + "”", unknownItemFix(f.item()));
            }
            claimHeader(headers, f.column(), at + "/column", reader);
            for (int k = 0; k < f.aliases().size(); k++) {
                claimHeader(headers, f.aliases().get(k), at + "/aliases/" + k, reader);
            }
            for (int k = 0; k < f.datePatterns().size(); k++) {
                checkDatePattern(f.datePatterns().get(k), at + "/datePatterns/" + k, reader);
            }
        }
    }

    /** A case connector fills the case's intake (case.* items); a resident connector never does. */
    private static void checkRecordItems(ConnectorDefinition c, ConfigFileReader reader) {
        if (!c.carriesCases() && c.channel() != null) {
            throw reader.error("/channel", "channel 只用于 record: case 的接入（诉求的来源渠道），本接入的 record 是 " + c.record(),
                    "请删除 channel，或把 record 改为 case");
        }
        for (int i = 0; i < c.fields().size(); i++) {
            String item = c.fields().get(i).item();
            if (item != null && item.startsWith(CASE_PREFIX) != c.carriesCases()) {
                throw reader.error("/fields/" + i + "/item", c.carriesCases()
                                ? "record: case 的接入只能对应诉求数据项（case.*），“" + item + "”不是"
                                : "数据项“" + item + "”属于诉求，只能用于 record: case 的接入",
                        c.carriesCases() ? "请改用 case.title、case.matter 等诉求数据项，或删除该列"
                                : "请把 record 改为 case 并写 channel，或改用居民数据项");
            }
        }
        if (c.carriesCases()) {
            for (String needed : List.of("case.matter", "case.title")) {
                if (!c.carries(needed)) {
                    throw reader.error("/fields", "诉求接入缺少对应“" + needed + "”的列，受理一件诉求必须有事项类别和标题",
                            "请在 fields 中添加一列，写 item: " + needed);
                }
            }
        }
    }

    /** Header texts are compared trimmed, as the parser will see them: two fields must not claim one column. */
    private static void claimHeader(Map<String, String> headers, String header, String pointer, ConfigFileReader reader) {
        String previous = headers.putIfAbsent(header.strip(), pointer);
        if (previous != null) {
            throw reader.error(pointer, "表头“" + header.strip() + "”重复：第 " + reader.lineOf(previous) + " 行（"
                            + reader.subjectOf(previous) + "）已经用过",
                    "一个表头只能对应一列：请删除或改掉其中一处");
        }
    }

    private static void checkDatePattern(String pattern, String pointer, ConfigFileReader reader) {
        try {
            DateTimeFormatter.ofPattern(pattern);
        } catch (IllegalArgumentException e) {
            throw reader.error(pointer, "日期格式“" + pattern + "”无效（" + e.getMessage() + "）",
                    "请按 java.time 的 DateTimeFormatter 写法填写，如 yyyy.M.d、yyyyMMdd、yyyy年M月d日");
        }
    }

    private void checkCodeMaps(ConnectorDefinition c, ConfigFileReader reader) {
        // the tree, not c.codeMaps(), keeps the file's order, so the first wrong entry is the one reported
        reader.tree().path("codeMaps").fieldNames().forEachRemaining(itemCode -> {
            String at = JsonPointers.append("/codeMaps", itemCode);
            DataItem item = dataList.item(itemCode).orElseThrow(() -> reader.error(at,
                    "数据清单中没有数据项“" + itemCode + "”", unknownItemFix(itemCode)));
            if (item.type() != ItemType.CODE) {
                throw reader.error(at, "数据项“" + itemCode + "”的类型为 " + item.type().name().toLowerCase()
                        + "，不是代码类，不能有代码对照", "请删除这份代码对照");
            }
            if (!c.carries(itemCode)) {
                throw reader.error(at, "没有哪一列对应数据项“" + itemCode + "”，这份代码对照用不上",
                        "请删除这份代码对照，或在 " + (c.outbound() == null ? "fields" : "outbound.columns")
                                + " 中添加对应该数据项的列");
            }
            CodeList codeList = dataList.codeList(item.codeList()).orElseThrow();
            reader.tree().path("codeMaps").path(itemCode).fieldNames().forEachRemaining(departmentCode -> {
                String standard = c.codeMap(itemCode).get(departmentCode);
                if (codeList.nameOf(standard).isEmpty()) {
                    throw reader.error(JsonPointers.append(at, departmentCode),
                            "“" + departmentCode + "”对应的代码“" + standard + "”不在代码表 " + codeList.id() + " 中",
                            "请改为代码表中已有的代码：" + codeList.allowedValues(10));
                }
            });
        });
    }

    String unknownItemFix(String itemCode) {
        List<String> codes = dataList.items().stream().map(DataItem::code).toList();
        return Suggestions.didYouMean(itemCode, codes) + "请改用数据清单中已有的数据项代码";
    }

    private List<String> departmentCodes() {
        return departments.all().stream().map(Department::code).collect(Collectors.toList());
    }
}

package cn.yibiaotong.hub.connector;

import cn.yibiaotong.hub.configfile.ConfigFileReader;
import cn.yibiaotong.hub.configfile.JsonPointers;
import cn.yibiaotong.hub.configfile.Suggestions;
import cn.yibiaotong.hub.datalist.DataItem;
import cn.yibiaotong.hub.datalist.DataList;
import cn.yibiaotong.hub.datalist.ItemType;
import cn.yibiaotong.hub.department.Department;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.quartz.CronExpression;

/**
 * What the schema cannot see in an outbound connector: every item it carries must exist and be granted to the
 * receiving department by the power list (a delivery never carries more than the department may read), the
 * department's codes must map back one to one, and the schedule must be a valid cron expression.
 */
final class OutboundChecks {

    private final DataList dataList;
    private final Department department;

    OutboundChecks(DataList dataList, Department department) {
        this.dataList = dataList;
        this.department = department;
    }

    void check(ConnectorDefinition c, ConfigFileReader reader) {
        Outbound out = c.outbound();
        List<String> withItems = out.rows().withItems();
        for (int i = 0; i < withItems.size(); i++) {
            checkGranted(withItems.get(i), "/outbound/rows/withItems/" + i, reader);
        }
        Map<String, String> headers = new HashMap<>();
        for (int i = 0; i < out.columns().size(); i++) {
            OutboundColumn col = out.columns().get(i);
            String at = "/outbound/columns/" + i;
            String previous = headers.putIfAbsent(col.column().strip(), at);
            if (previous != null) {
                throw reader.error(at + "/column", "列名“" + col.column() + "”重复：第 " + reader.lineOf(previous) + " 行已经用过",
                        "部门模板中每列的列名只能出现一次：请删除或改掉其中一处");
            }
            if (col.item() != null) {
                DataItem item = checkGranted(col.item(), at + "/item", reader);
                checkPresentation(col, item, at, reader);
            }
        }
        checkInverseCodeMaps(c, reader);
        if (out.schedule() != null && !CronExpression.isValidExpression(out.schedule().cron())) {
            throw reader.error("/outbound/schedule/cron", "“" + out.schedule().cron() + "”不是有效的 Quartz cron 表达式",
                    "请按“秒 分 时 日 月 周”六段填写，日和周之一写 ?，如 0 0 6 1 * ? 表示每月 1 日 6 点");
        }
        Integer min = out.rows().minAge();
        Integer max = out.rows().maxAge();
        if (min != null && max != null && min > max) {
            throw reader.error("/outbound/rows/maxAge", "最大年龄 " + max + " 小于最小年龄 " + min, "请改正其中一个");
        }
    }

    private DataItem checkGranted(String itemCode, String at, ConfigFileReader reader) {
        DataItem item = dataList.item(itemCode).orElseThrow(() -> reader.error(at, itemCode,
                "数据清单中没有数据项“" + itemCode + "”", Suggestions.didYouMean(itemCode,
                        dataList.items().stream().map(DataItem::code).toList()) + "请改用数据清单中已有的数据项代码"));
        if (!department.mayRead(itemCode)) {
            throw reader.error(at, itemCode, "权力清单不允许" + department.name() + "（" + department.code()
                            + "）读取数据项“" + itemCode + "”（" + item.name() + "），报送中不能包含它",
                    "请删除这一项；如该部门确需此数据，须经审批后在 config/departments.yaml 中 " + department.code()
                            + " 的 reads 里加上 " + itemCode);
        }
        return item;
    }

    private static void checkPresentation(OutboundColumn col, DataItem item, String at, ConfigFileReader reader) {
        if (col.datePattern() != null) {
            if (item.type() != ItemType.DATE) {
                throw reader.error(at + "/datePattern", "数据项“" + item.code() + "”不是日期，不能写 datePattern",
                        "请删除 datePattern");
            }
            try {
                DateTimeFormatter.ofPattern(col.datePattern());
            } catch (IllegalArgumentException e) {
                throw reader.error(at + "/datePattern", "日期格式“" + col.datePattern() + "”无效（" + e.getMessage() + "）",
                        "请按 java.time 的 DateTimeFormatter 写法填写，如 yyyyMMdd、yyyy-MM-dd");
            }
        }
        boolean named = item.type() == ItemType.CODE || item.type() == ItemType.DIVISION || item.type() == ItemType.GRID;
        if (col.asName() && !named) {
            throw reader.error(at + "/as", "数据项“" + item.code() + "”没有代码与名称之分，不能写 as: name",
                    "请删除 as；as: name 只用于代码类、社区和网格数据项");
        }
    }

    /** Outbound, the department's code is looked up from the standard one, so no standard code may appear twice. */
    private static void checkInverseCodeMaps(ConnectorDefinition c, ConfigFileReader reader) {
        c.codeMaps().forEach((itemCode, map) -> {
            Map<String, String> seen = new HashMap<>();
            reader.tree().path("codeMaps").path(itemCode).fieldNames().forEachRemaining(departmentCode -> {
                String standard = map.get(departmentCode);
                String earlier = seen.putIfAbsent(standard, departmentCode);
                if (earlier != null) {
                    throw reader.error(JsonPointers.append(JsonPointers.append("/codeMaps", itemCode), departmentCode),
                            "标准代码“" + standard + "”对应了两个部门代码“" + earlier + "”和“" + departmentCode
                                    + "”，报送时无法确定写哪一个", "outbound 接入的代码对照须一一对应：请只保留其中一个");
                }
            });
        });
    }
}

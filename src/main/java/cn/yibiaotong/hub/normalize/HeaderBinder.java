package cn.yibiaotong.hub.normalize;

import cn.yibiaotong.hub.batch.RowIssue;
import cn.yibiaotong.hub.connector.ConnectorDefinition;
import cn.yibiaotong.hub.connector.FieldMapping;
import cn.yibiaotong.hub.datalist.DataList;
import cn.yibiaotong.hub.datalist.ItemType;
import cn.yibiaotong.hub.parse.FileRejectedException;
import cn.yibiaotong.hub.parse.RawRow;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Finds the header row of a file and binds its columns to the connector's fields. Government templates put a
 * title row or two above the header, so with {@code headerRow: auto} the first of the top rows that names at
 * least two known columns is the header. Rows above it are consumed and not counted.
 */
public final class HeaderBinder {

    /** The column the correction file adds; ignored when the corrected file comes back. */
    public static final String CORRECTION_COLUMN = "错误原因";
    private static final int AUTO_SCAN_ROWS = 10;

    private final DataList dataList;

    public HeaderBinder(DataList dataList) {
        this.dataList = dataList;
    }

    /** How many rows at the top of a file may hold the header (title rows and two header rows included). */
    public static int topRows(ConnectorDefinition connector) {
        String setting = connector.format().headerRow();
        int last = "auto".equals(setting) ? AUTO_SCAN_ROWS : Integer.parseInt(setting);
        return last + connector.format().headerRows() - 1;
    }

    /**
     * @param top the first non-blank rows of the file, at most {@link #topRows}; rows after the header among
     *            them are data, which the caller hands on
     */
    public ColumnBinding bind(ConnectorDefinition connector, List<RawRow> top, String fileName) {
        Map<String, FieldMapping> byHeader = headerIndex(connector);
        RawRow header = findHeader(connector, top, byHeader, fileName);
        List<BoundColumn> columns = new ArrayList<>();
        List<RowIssue> warnings = new ArrayList<>();
        Set<FieldMapping> seen = new LinkedHashSet<>();
        for (int i = 0; i < header.cells().size(); i++) {
            String text = header.cells().get(i);
            String key = HeaderText.key(text);
            if (key.isEmpty() || key.equals(CORRECTION_COLUMN)) {
                continue;
            }
            FieldMapping field = lookup(byHeader, text);
            if (field == null) {
                warnings.add(new RowIssue(null, text.strip(), null, "第 " + (i + 1) + " 列“" + text.strip()
                        + "”不在连接器“" + connector.name() + "”的字段中，该列内容未读取。如需导入，请联系管理员在连接器中添加该列。"));
                continue;
            }
            if (!seen.add(field)) {
                throw new FileRejectedException("duplicate-column", "文件“" + fileName + "”的表头中“" + field.column()
                        + "”出现了不止一次（第 " + (i + 1) + " 列）。请删除重复的列后再上传。");
            }
            if (!field.ignore()) {
                columns.add(new BoundColumn(i, text.strip(), field));
            }
        }
        List<String> missing = connector.fields().stream()
                .filter(f -> f.required() && !seen.contains(f)).map(FieldMapping::column).toList();
        if (!missing.isEmpty()) {
            throw new FileRejectedException("missing-columns", "文件“" + fileName + "”缺少必填列：" + String.join("、", missing)
                    + "。请使用“" + connector.name() + "”模板，保持表头文字不变（表头在第 " + header.rowNumber() + " 行）。");
        }
        // Grids are checked within the row's community, so communities are read first.
        columns.sort(Comparator.comparing(c -> isGrid(c.field()) ? 1 : 0));
        return new ColumnBinding(header.rowNumber(), header.cells(), List.copyOf(columns), List.copyOf(warnings));
    }

    private boolean isGrid(FieldMapping f) {
        return f.item() != null && dataList.item(f.item()).map(i -> i.type() == ItemType.GRID).orElse(false);
    }

    private RawRow findHeader(ConnectorDefinition connector, List<RawRow> top, Map<String, FieldMapping> byHeader,
                              String fileName) {
        if (top.isEmpty()) {
            throw new FileRejectedException("empty-file", "文件“" + fileName + "”是空的，没有任何数据行。请确认选择了正确的文件。");
        }
        boolean grouped = connector.format().headerRows() == 2;
        String setting = connector.format().headerRow();
        if (!"auto".equals(setting)) {
            long first = Long.parseLong(setting);
            for (int i = 0; i < top.size(); i++) {
                if (top.get(i).rowNumber() == first) {
                    return grouped && i + 1 < top.size() ? GroupedHeader.combine(top.get(i), top.get(i + 1)) : top.get(i);
                }
            }
            throw new FileRejectedException("header-mismatch", "文件“" + fileName + "”没有第 " + first
                    + " 行，连接器规定表头在该行。请检查文件是否完整。");
        }
        // the candidate naming most known columns wins, so a title row above a grouped header does not
        RawRow best = null;
        int bestScore = 0;
        for (int i = grouped ? 1 : 0; i < top.size(); i++) {
            RawRow candidate = grouped ? GroupedHeader.combine(top.get(i - 1), top.get(i)) : top.get(i);
            int score = matches(candidate, byHeader);
            if (score > bestScore) {
                best = candidate;
                bestScore = score;
            }
        }
        if (best == null || bestScore < Math.min(2, connector.fields().size())) {
            throw new FileRejectedException("header-mismatch", "文件“" + fileName + "”的前 " + top.size() + " 行中没有与“"
                    + connector.name() + "”对应的表头。表头应包含以下列：" + expectedColumns(connector)
                    + "。请使用该模板，第一行（或标题行之下）为表头，表头文字保持不变。");
        }
        return best;
    }

    private static int matches(RawRow row, Map<String, FieldMapping> byHeader) {
        return (int) row.cells().stream().map(t -> lookup(byHeader, t)).filter(f -> f != null).distinct().count();
    }

    private static FieldMapping lookup(Map<String, FieldMapping> byHeader, String text) {
        return GroupedHeader.keys(text).stream().map(byHeader::get).filter(f -> f != null).findFirst().orElse(null);
    }

    private static String expectedColumns(ConnectorDefinition connector) {
        return String.join("、", connector.fields().stream().filter(f -> !f.ignore()).map(FieldMapping::column).toList());
    }

    private static Map<String, FieldMapping> headerIndex(ConnectorDefinition connector) {
        Map<String, FieldMapping> index = new HashMap<>();
        for (FieldMapping f : connector.fields()) {
            index.put(HeaderText.key(f.column()), f);
            f.aliases().forEach(a -> index.put(HeaderText.key(a), f));
        }
        return index;
    }
}

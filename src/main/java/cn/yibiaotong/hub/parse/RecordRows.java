package cn.yibiaotong.hub.parse;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Turns records (JSON objects, XML elements) into rows the header binder and row normaliser already understand:
 * a synthetic header row of the connector's field names, then one row per record with its values in that order.
 * A property the connector does not know is noticed once, with the first record that has it.
 */
final class RecordRows {

    /** The header is row 0, so the first record is row 1: report rows are record numbers. */
    static final long HEADER_ROW = 0;

    private final String sourceName;
    private final List<String> header = new ArrayList<>();
    private final Map<String, Integer> indexByName = new HashMap<>();
    private final Set<String> unknown = new LinkedHashSet<>();
    private final List<SourceNotice> notices = new ArrayList<>();
    private String[] current;
    private long record;

    /** @param fieldNames per connector field, its names: the column first, then its aliases */
    RecordRows(String sourceName, List<List<String>> fieldNames) {
        this.sourceName = sourceName;
        for (List<String> names : fieldNames) {
            int index = header.size();
            header.add(names.get(0));
            names.forEach(n -> indexByName.putIfAbsent(n.strip(), index));
        }
    }

    RawRow header() {
        return new RawRow(HEADER_ROW, header);
    }

    void start(long recordNumber) {
        record = recordNumber;
        current = new String[header.size()];
        Arrays.fill(current, null);
    }

    /** @return false when the record already had this property (the caller refuses the document) */
    boolean put(String property, String value) {
        Integer index = indexByName.get(property.strip());
        if (index == null) {
            if (unknown.add(property)) {
                notices.add(new SourceNotice(property, "“" + sourceName + "”中的字段“" + property + "”（第 " + record
                        + " 条记录起出现）不在连接器的字段中，其内容未读取。如需导入，请联系管理员在连接器中添加该字段。"));
            }
            return true;
        }
        if (current[index] != null) {
            return false;
        }
        current[index] = value == null ? "" : value;
        return true;
    }

    RawRow finish() {
        List<String> cells = new ArrayList<>(current.length);
        for (String c : current) {
            cells.add(c == null ? "" : c);
        }
        return new RawRow(record, cells);
    }

    List<SourceNotice> drainNotices() {
        List<SourceNotice> out = List.copyOf(notices);
        notices.clear();
        return out;
    }
}

package cn.yibiaotong.hub.normalize;

import cn.yibiaotong.hub.parse.RawRow;
import java.util.ArrayList;
import java.util.List;

/**
 * Government templates often have a two-row header: a merged group cell above (残疾信息) and the column names
 * below (类别, 等级), while a column like 姓名 is merged down through both rows. A streaming reader sees a merged
 * cell's text only in its first cell, so the group is carried to the right until the next group starts.
 */
final class GroupedHeader {

    static final String SEPARATOR = "/";

    private GroupedHeader() {
    }

    /** One header row whose texts are {@code 组/列} under a group, or the upper text where the lower is empty. */
    static RawRow combine(RawRow upper, RawRow lower) {
        int width = Math.max(upper.cells().size(), lower.cells().size());
        List<String> cells = new ArrayList<>(width);
        String group = "";
        for (int i = 0; i < width; i++) {
            String top = upper.cell(i).strip();
            String bottom = lower.cell(i).strip();
            if (!top.isEmpty()) {
                group = top;
            }
            if (bottom.isEmpty()) {
                cells.add(top);
            } else {
                cells.add(group.isEmpty() ? bottom : group + SEPARATOR + bottom);
            }
        }
        return new RawRow(lower.rowNumber(), cells);
    }

    /** The lookup keys of a header text: the qualified {@code 组/列} first, then the column name alone. */
    static List<String> keys(String text) {
        String key = HeaderText.key(text);
        int slash = key.lastIndexOf(SEPARATOR);
        return slash < 0 ? List.of(key) : List.of(key, key.substring(slash + 1));
    }
}

package cn.yibiaotong.hub.normalize;

import cn.yibiaotong.hub.batch.RowIssue;
import cn.yibiaotong.hub.parse.RawRow;
import java.util.List;
import java.util.Optional;

/**
 * Rows such as 填表说明：… or 注：… below or among the data of a government template. They carry no record, so
 * they are skipped, and the report says which rows were taken as notes.
 */
final class NotesRows {

    private final List<String> prefixes;

    NotesRows(List<String> prefixes) {
        this.prefixes = prefixes.stream().map(TextValues::normalize).toList();
    }

    /** A warning for the report when the row is a notes row; empty for a data row. */
    Optional<RowIssue> asNote(RawRow row) {
        if (prefixes.isEmpty()) {
            return Optional.empty();
        }
        String first = row.cells().stream().map(TextValues::normalize).filter(c -> !c.isEmpty()).findFirst().orElse("");
        return prefixes.stream().filter(first::startsWith).findFirst().map(prefix -> new RowIssue(row.rowNumber(), null,
                null, "第 " + row.rowNumber() + " 行以“" + prefix + "”开头，是说明行而不是数据，已跳过。"));
    }
}

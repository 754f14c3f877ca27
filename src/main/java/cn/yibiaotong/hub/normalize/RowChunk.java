package cn.yibiaotong.hub.normalize;

import cn.yibiaotong.hub.batch.RowIssue;
import cn.yibiaotong.hub.parse.RawRow;
import java.util.List;

/**
 * A slice of a file's data rows with the binding that says what each column means, and the notes rows skipped
 * while reading it (reported as warnings, never silently).
 */
public record RowChunk(ColumnBinding binding, List<RawRow> rows, List<RowIssue> skippedNotes) {
}

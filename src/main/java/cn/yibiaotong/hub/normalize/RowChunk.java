package cn.yibiaotong.hub.normalize;

import cn.yibiaotong.hub.parse.RawRow;
import java.util.List;

/** A slice of a file's data rows with the binding that says what each column means. */
public record RowChunk(ColumnBinding binding, List<RawRow> rows) {
}

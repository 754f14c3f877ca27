package cn.yibiaotong.hub.normalize;

import cn.yibiaotong.hub.batch.RowIssue;
import java.util.List;

/**
 * How a file's columns map onto its connector's fields, decided once from the header row.
 *
 * @param headerRow    row number of the header as staff see it
 * @param headerCells  the header row as the file holds it (first line of the correction file)
 * @param columns      columns that carry a data-list item, in reading order (grids after communities)
 * @param fileWarnings issues about the file as a whole, such as columns the connector does not know
 */
public record ColumnBinding(long headerRow, List<String> headerCells, List<BoundColumn> columns,
                           List<RowIssue> fileWarnings) {
}

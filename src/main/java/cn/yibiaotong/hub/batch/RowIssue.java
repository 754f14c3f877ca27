package cn.yibiaotong.hub.batch;

/**
 * A problem with one cell, row or the file.
 *
 * @param row     row number as staff see it; null for a file-level issue
 * @param column  header text of the column; null when the issue is not about one column
 * @param value   the cell as the file holds it (may be personal: never logged)
 * @param message Chinese reason and how to fix it
 */
public record RowIssue(Long row, String column, String value, String message) {
}

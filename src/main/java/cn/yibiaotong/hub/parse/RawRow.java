package cn.yibiaotong.hub.parse;

import java.util.List;

/**
 * One row as the file holds it, before any mapping.
 *
 * @param rowNumber the row number staff see in their spreadsheet (1-based; for CSV the record number)
 * @param cells     cell texts in column order; empty string for an empty cell, never null
 */
public record RawRow(long rowNumber, List<String> cells) {

    public RawRow {
        cells = List.copyOf(cells);
    }

    public String cell(int index) {
        return index < cells.size() ? cells.get(index) : "";
    }

    public boolean isBlank() {
        return cells.stream().allMatch(String::isBlank);
    }
}

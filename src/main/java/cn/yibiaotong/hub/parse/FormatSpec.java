package cn.yibiaotong.hub.parse;

import java.util.List;

/**
 * How a connector's files are read.
 *
 * @param type                 {@code auto}, {@code csv} or {@code xlsx}
 * @param charset              {@code auto}, {@code UTF-8} or {@code GBK} (CSV only)
 * @param headerRow            {@code auto} or a 1-based row number (the first header row)
 * @param delimiter            CSV delimiter, a single character; {@code ,} when null
 * @param sheet                XLSX sheet name, or null for the first sheet
 * @param headerRows           how many rows the header spans: 1, or 2 for a merged group row above the column names
 * @param skipRowsStartingWith notes rows (填表说明, 注：…) among or below the data, recognised by how their first
 *                             non-empty cell starts; skipped with a warning instead of rejected as bad data
 * @param recordPath           JSON only: a JSON pointer to the array of records, e.g. {@code /records}; the document
 *                             itself is the array when null
 * @param recordElement        XML only: the element that is one record, e.g. {@code Person}
 */
public record FormatSpec(String type, String charset, String headerRow, String delimiter, String sheet,
                         Integer headerRows, List<String> skipRowsStartingWith, String recordPath, String recordElement) {

    public static FormatSpec defaults() {
        return new FormatSpec("auto", "auto", "auto", ",", null);
    }

    public FormatSpec {
        type = type == null ? "auto" : type;
        charset = charset == null ? "auto" : charset;
        headerRow = headerRow == null ? "auto" : headerRow;
        delimiter = delimiter == null ? "," : delimiter;
        headerRows = headerRows == null ? 1 : headerRows;
        skipRowsStartingWith = skipRowsStartingWith == null ? List.of() : List.copyOf(skipRowsStartingWith);
    }

    /** A single header row and no notes rows, as most files have. */
    public FormatSpec(String type, String charset, String headerRow, String delimiter, String sheet) {
        this(type, charset, headerRow, delimiter, sheet, null, null, null, null);
    }

    /** A JSON ({@code recordPath}) or XML ({@code recordElement}) document of records. */
    public static FormatSpec records(String type, String recordPath, String recordElement) {
        return new FormatSpec(type, null, null, null, null, null, null, recordPath, recordElement);
    }

    /**
     * JSON and XML hold records, not rows: each record's properties are its cells, numbered by record, so
     * messages say 第 N 条记录 where a spreadsheet says 第 N 行.
     */
    public boolean isRecords() {
        return "json".equalsIgnoreCase(type) || "xml".equalsIgnoreCase(type);
    }

    /** How staff call one unit of this format in messages: 行 or 条记录. */
    public String unit() {
        return isRecords() ? "条记录" : "行";
    }
}

package cn.yibiaotong.hub.parse;

/**
 * How a connector's files are read.
 *
 * @param type      {@code auto}, {@code csv} or {@code xlsx}
 * @param charset   {@code auto}, {@code UTF-8} or {@code GBK} (CSV only)
 * @param headerRow {@code auto} or a 1-based row number
 * @param delimiter CSV delimiter, a single character; {@code ,} when null
 * @param sheet     XLSX sheet name, or null for the first sheet
 */
public record FormatSpec(String type, String charset, String headerRow, String delimiter, String sheet) {

    public static FormatSpec defaults() {
        return new FormatSpec("auto", "auto", "auto", ",", null);
    }

    public FormatSpec {
        type = type == null ? "auto" : type;
        charset = charset == null ? "auto" : charset;
        headerRow = headerRow == null ? "auto" : headerRow;
        delimiter = delimiter == null ? "," : delimiter;
    }
}

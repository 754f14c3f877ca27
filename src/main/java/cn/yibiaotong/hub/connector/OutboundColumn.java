package cn.yibiaotong.hub.connector;

/**
 * One column of a department's template.
 *
 * @param column      the department's own header (or JSON key / XML element name)
 * @param item        data-list item written in this column; null when {@code value} is {@code rowNumber}
 * @param value       {@code rowNumber} for a 序号 column counting from 1; null for an item column
 * @param as          {@code code} (default: the department's code from codeMaps, else the standard code) or
 *                    {@code name} (the standard name, e.g. 滨河花园社区 for a community code)
 * @param datePattern output pattern of a date item, e.g. {@code yyyyMMdd}; ISO {@code yyyy-MM-dd} when null
 */
public record OutboundColumn(String column, String item, String value, String as, String datePattern) {

    public static final String ROW_NUMBER = "rowNumber";

    public boolean isRowNumber() {
        return ROW_NUMBER.equals(value);
    }

    public boolean asName() {
        return "name".equals(as);
    }
}

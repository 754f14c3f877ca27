package cn.yibiaotong.hub.parse;

import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.FormulaError;

/**
 * The text of an XLSX cell as staff see it in Excel, so that later stages judge the same value the
 * uploader looked at. Numbers are rendered as Excel's General format shows them, whatever number
 * format the cell carries: an ID typed as a number stays the recognisable {@code 5.10112E+17} even
 * in a column formatted "0", and 0.1 + 0.2 stays 0.3.
 */
final class CellText {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd");
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss");

    private static final int GENERAL = 0;

    /** A fixed locale: a server in another locale must not turn 1.5 into 1,5. */
    private final DataFormatter formatter = new DataFormatter(Locale.US);
    /** By the style's format index: POI's own check runs regular expressions on every number. */
    private final Map<Integer, Boolean> dateFormats = new HashMap<>();
    private final boolean date1904;

    CellText(boolean date1904) {
        this.date1904 = date1904;
    }

    String of(Cell cell) {
        CellType type = cell.getCellType();
        return type == CellType.FORMULA ? valueOf(cell, cell.getCachedFormulaResultType()) : valueOf(cell, type);
    }

    private String valueOf(Cell cell, CellType type) {
        return switch (type) {
            case STRING -> cell.getStringCellValue();
            case NUMERIC -> number(cell);
            case BOOLEAN -> cell.getBooleanCellValue() ? "TRUE" : "FALSE";
            case ERROR -> error(cell);
            default -> "";
        };
    }

    private String number(Cell cell) {
        double value = cell.getNumericCellValue();
        if (isDateFormatted(cell) && DateUtil.isValidExcelDate(value)) {
            LocalDateTime dateTime = DateUtil.getLocalDateTime(value, date1904, true);
            if (value < 1) {
                return TIME.format(dateTime); // a time of day alone; its 1899/1904 date means nothing
            }
            boolean midnight = dateTime.toLocalTime().toSecondOfDay() == 0;
            return (midnight ? DATE : DATE_TIME).format(dateTime);
        }
        return formatter.formatRawCellContents(value, GENERAL, "General");
    }

    private boolean isDateFormatted(Cell cell) {
        CellStyle style = cell.getCellStyle();
        if (style == null) {
            return false;
        }
        return dateFormats.computeIfAbsent((int) style.getDataFormat(),
                index -> DateUtil.isADateFormat(index, style.getDataFormatString()));
    }

    /**
     * A plain error cell gives its code; for a formula whose cached result is an error the streaming
     * reader only offers decorated text such as {@code ERROR:  #N/A}, so the error's name is taken from it.
     */
    private static String error(Cell cell) {
        if (cell.getCellType() == CellType.ERROR) {
            return FormulaError.forInt(cell.getErrorCellValue()).getString();
        }
        String text = cell.getStringCellValue();
        for (FormulaError error : FormulaError.values()) {
            if (text.endsWith(error.getString())) {
                return error.getString();
            }
        }
        return text;
    }
}

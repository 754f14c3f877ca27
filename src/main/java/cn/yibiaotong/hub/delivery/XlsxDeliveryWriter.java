package cn.yibiaotong.hub.delivery;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * The department's workbook: an optional title row merged across the table, the header, the rows (all cells text,
 * so ID numbers keep their 18 digits), and a second sheet 减员名单 with who dropped out and why. SXSSF keeps only
 * a window of rows in memory and spills the rest to a temporary file.
 */
final class XlsxDeliveryWriter implements DeliveryWriter {

    private static final int WINDOW = 200;

    private final OutputStream out;
    private final SXSSFWorkbook workbook = new SXSSFWorkbook(WINDOW);
    private final Sheet sheet;
    private final String title;
    private final CellStyle bold;
    private int next;
    private Sheet removals;
    private int nextRemoval;

    XlsxDeliveryWriter(OutputStream out, String sheetName, String title) {
        this.out = out;
        this.sheet = workbook.createSheet(sheetName);
        this.title = title;
        Font font = workbook.createFont();
        font.setBold(true);
        bold = workbook.createCellStyle();
        bold.setFont(font);
        bold.setAlignment(HorizontalAlignment.CENTER);
    }

    @Override
    public void header(List<String> columns) {
        if (title != null) {
            Row t = sheet.createRow(next++);
            t.createCell(0).setCellValue(title);
            t.getCell(0).setCellStyle(bold);
            if (columns.size() > 1) {
                sheet.addMergedRegion(new CellRangeAddress(0, 0, 0, columns.size() - 1));
            }
        }
        write(sheet, next++, columns, bold);
    }

    @Override
    public void row(List<String> cells) {
        write(sheet, next++, cells, null);
    }

    @Override
    public void removal(Removal r) {
        if (removals == null) {
            removals = workbook.createSheet("减员名单");
            write(removals, nextRemoval++, List.of(r.nameColumn(), r.idColumn(), "减员原因"), bold);
        }
        write(removals, nextRemoval++, java.util.Arrays.asList(r.name(), r.idNumber(), r.reason()), null);
    }

    @Override
    public void finish() throws IOException {
        try {
            workbook.write(out);
        } finally {
            workbook.close();
        }
    }

    private static void write(Sheet s, int index, List<String> cells, CellStyle style) {
        Row row = s.createRow(index);
        for (int i = 0; i < cells.size(); i++) {
            if (cells.get(i) != null) {
                row.createCell(i).setCellValue(cells.get(i));
                if (style != null) {
                    row.getCell(i).setCellStyle(style);
                }
            }
        }
    }
}

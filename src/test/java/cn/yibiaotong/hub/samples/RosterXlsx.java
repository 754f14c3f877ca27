package cn.yibiaotong.hub.samples;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/** Writes a roster as a government-style workbook: a merged title row above the header, text cells. */
public final class RosterXlsx {

    private RosterXlsx() {
    }

    public static void write(Path file, String title, List<RosterRow> rows) throws IOException {
        try (SXSSFWorkbook wb = new SXSSFWorkbook(200); OutputStream out = Files.newOutputStream(file)) {
            Sheet sheet = wb.createSheet("花名册");
            sheet.createRow(0).createCell(0).setCellValue(title);
            sheet.addMergedRegion(new CellRangeAddress(0, 0, 0, RosterRow.HEADER.size() - 1));
            Row header = sheet.createRow(1);
            for (int c = 0; c < RosterRow.HEADER.size(); c++) {
                header.createCell(c).setCellValue(RosterRow.HEADER.get(c));
            }
            for (int r = 0; r < rows.size(); r++) {
                Row row = sheet.createRow(r + 2);
                List<String> cells = rows.get(r).cells();
                for (int c = 0; c < cells.size(); c++) {
                    if (!cells.get(c).isEmpty()) {
                        row.createCell(c).setCellValue(cells.get(c));
                    }
                }
            }
            wb.write(out);
            wb.dispose();
        }
    }
}

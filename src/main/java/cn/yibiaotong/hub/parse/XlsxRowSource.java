package cn.yibiaotong.hub.parse;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Date1904Support;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;

/**
 * One sheet of an XLSX workbook, read through excel-streaming-reader so that only a small window of
 * rows is parsed at a time. The shared-strings table is still loaded whole, as the format requires.
 */
final class XlsxRowSource implements RowSource {

    private final String fileName;
    private final Workbook workbook;
    private final String sheetName;
    private final Iterator<Row> rows;
    private final CellText cellText;
    private FileRejectedException failure;

    private XlsxRowSource(String fileName, Workbook workbook, Sheet sheet) {
        this.fileName = fileName;
        this.workbook = workbook;
        this.sheetName = sheet.getSheetName();
        this.rows = sheet.rowIterator();
        this.cellText = new CellText(workbook instanceof Date1904Support d && d.isDate1904());
    }

    static XlsxRowSource open(Path file, String fileName, String wantedSheet) {
        Workbook workbook = WorkbookOpener.open(file, fileName);
        try {
            return new XlsxRowSource(fileName, workbook, sheet(workbook, fileName, wantedSheet));
        } catch (FileRejectedException e) {
            closeQuietly(workbook);
            throw e;
        } catch (RuntimeException e) {
            closeQuietly(workbook);
            throw Rejections.xlsxFailure(fileName, e);
        }
    }

    /** Without a name, the first sheet staff can see: templates often hide a code-list sheet in front. */
    private static Sheet sheet(Workbook workbook, String fileName, String wanted) {
        List<String> names = new ArrayList<>();
        for (int i = 0; i < workbook.getNumberOfSheets(); i++) {
            names.add(workbook.getSheetName(i));
        }
        if (names.isEmpty()) {
            throw Rejections.badXlsx(fileName);
        }
        if (wanted == null || wanted.isBlank()) {
            for (int i = 0; i < names.size(); i++) {
                if (!workbook.isSheetHidden(i) && !workbook.isSheetVeryHidden(i)) {
                    return workbook.getSheetAt(i);
                }
            }
            return workbook.getSheetAt(0);
        }
        for (int i = 0; i < names.size(); i++) {
            if (names.get(i).equals(wanted) || names.get(i).strip().equalsIgnoreCase(wanted.strip())) {
                return workbook.getSheetAt(i);
            }
        }
        throw Rejections.unknownSheet(fileName, wanted, names);
    }

    @Override
    public boolean hasNext() {
        if (failure != null) {
            throw failure;
        }
        try {
            return rows.hasNext();
        } catch (RuntimeException e) {
            throw fail(Rejections.xlsxFailure(fileName, e));
        }
    }

    @Override
    public RawRow next() {
        if (!hasNext()) {
            throw new NoSuchElementException();
        }
        try {
            Row row = rows.next();
            List<String> cells = new ArrayList<>(Math.max(row.getLastCellNum(), 0));
            for (Cell cell : row) {
                while (cells.size() < cell.getColumnIndex()) {
                    cells.add("");
                }
                String text = cellText.of(cell);
                if (text.indexOf('\uFFFD') >= 0) {
                    throw Rejections.mojibake(fileName); // a mis-decoded CSV once opened and saved as XLSX
                }
                cells.add(text);
            }
            return new RawRow(row.getRowNum() + 1L, cells);
        } catch (FileRejectedException e) {
            throw fail(e);
        } catch (RuntimeException e) {
            throw fail(Rejections.xlsxFailure(fileName, e));
        }
    }

    /** A refused file stays refused: later calls repeat the reason instead of ending quietly. */
    private FileRejectedException fail(FileRejectedException rejection) {
        failure = rejection;
        close();
        return rejection;
    }

    @Override
    public String describe() {
        return "XLSX（工作表：" + sheetName + "）";
    }

    @Override
    public void close() {
        closeQuietly(workbook);
    }

    private static void closeQuietly(Workbook workbook) {
        try {
            workbook.close();
        } catch (Exception ignored) {
            // the temporary files, if any, are the library's to clean; the rows were read or refused
        }
    }
}

package cn.yibiaotong.hub.parse;

import static cn.yibiaotong.hub.parse.ParseFixtures.assertRefused;
import static cn.yibiaotong.hub.parse.ParseFixtures.readAll;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FormulaError;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Rule 4: XLSX cells as staff see them in Excel, rows numbered as Excel numbers them. */
class XlsxReadingTest {

    @TempDir
    Path dir;

    private static CellStyle format(SXSSFWorkbook workbook, String pattern) {
        CellStyle style = workbook.createCellStyle();
        style.setDataFormat(workbook.createDataFormat().getFormat(pattern));
        return style;
    }

    private static void roster(SXSSFWorkbook wb) {
        Sheet sheet = wb.createSheet("花名册");
        sheet.createRow(0).createCell(0).setCellValue("龙泉街道人员花名册（2024 年）");
        Row header = sheet.createRow(1);
        String[] titles = {"姓名", "身份证号", "出生日期", "电话", "人数", "备注", "合计", "户籍"};
        for (int i = 0; i < titles.length; i++) {
            header.createCell(i).setCellValue(titles[i]);
        }
        Row zhang = sheet.createRow(2);
        zhang.createCell(0).setCellValue("张三");
        zhang.createCell(1).setCellValue(510112200001010014d); // typed without the leading apostrophe
        zhang.createCell(2).setCellValue(LocalDate.of(2000, 1, 1));
        zhang.getCell(2).setCellStyle(format(wb, "yyyy/m/d"));
        zhang.createCell(3).setCellValue(13812345678d);
        zhang.createCell(4).setCellValue(3);
        zhang.createCell(6).setCellFormula("E3*2"); // column F (备注) left empty
        zhang.getCell(6).setCellValue(6);
        // Row 4 never written: Excel shows it empty, the file does not contain it.
        Row li = sheet.createRow(4);
        li.createCell(0).setCellValue("李四");
        li.createCell(1).setCellValue(510112200001010014d);
        li.getCell(1).setCellStyle(format(wb, "0")); // shows 510112200001010000 in Excel; General is what we want
        li.createCell(2).setCellValue(LocalDateTime.of(2024, 3, 5, 14, 30));
        li.getCell(2).setCellStyle(format(wb, "yyyy-mm-dd hh:mm"));
        li.createCell(3).setCellValue(true);
        li.createCell(4).setCellValue(0.1 + 0.2); // 0.30000000000000004 as a double; Excel shows 0.3
        li.createCell(5).setCellErrorValue(FormulaError.NA.getCode());
        li.createCell(6).setCellFormula("A5&\"（户主）\"");
        li.getCell(6).setCellValue("李四（户主）");
        li.createCell(7).setCellFormula("VLOOKUP(A5,A1:B2,2,FALSE)");
        li.getCell(7).setCellErrorValue(FormulaError.NA.getCode());
    }

    @Test
    void cellsReadAsStaffSeeThem() {
        Path file = ParseFixtures.xlsx(dir, "花名册.xlsx", XlsxReadingTest::roster);

        List<RawRow> rows = readAll(file, FormatSpec.defaults());

        assertThat(rows).extracting(RawRow::rowNumber).containsExactly(1L, 2L, 3L, 5L);
        assertThat(rows.get(0).cells()).containsExactly("龙泉街道人员花名册（2024 年）");
        assertThat(rows.get(1).cells()).containsExactly("姓名", "身份证号", "出生日期", "电话", "人数", "备注", "合计", "户籍");
        assertThat(rows.get(2).cells()).containsExactly("张三", "5.10112E+17", "2000-01-01", "13812345678", "3", "", "6");
        assertThat(rows.get(3).cells())
                .containsExactly("李四", "5.10112E+17", "2024-03-05 14:30:00", "TRUE", "0.3", "#N/A", "李四（户主）", "#N/A");
    }

    @Test
    void sheetIsChosenByNameOrIsTheFirstVisibleOne() {
        Path file = ParseFixtures.xlsx(dir, "多表.xlsx", wb -> {
            wb.createSheet("代码表").createRow(0).createCell(0).setCellValue("hidden");
            wb.createSheet("花名册").createRow(0).createCell(0).setCellValue("roster");
            wb.createSheet("说明").createRow(2).createCell(1).setCellValue("notes");
            wb.setSheetHidden(0, true);
        });

        try (RowSource rows = RowSources.open(file, "多表.xlsx", FormatSpec.defaults())) {
            assertThat(rows.describe()).isEqualTo("XLSX（工作表：花名册）");
            assertThat(rows.next().cells()).containsExactly("roster");
        }
        try (RowSource rows = RowSources.open(file, "多表.xlsx", new FormatSpec("xlsx", null, null, null, "说明"))) {
            assertThat(rows.describe()).isEqualTo("XLSX（工作表：说明）");
            RawRow notes = rows.next();
            assertThat(notes.rowNumber()).isEqualTo(3);
            assertThat(notes.cells()).containsExactly("", "notes");
        }
        assertRefused(file, new FormatSpec("auto", null, null, null, "人员"), "unknown-sheet",
                "工作簿“多表.xlsx”中没有名为“人员”的工作表，现有工作表：“代码表”、“花名册”、“说明”。");
    }
}

package cn.yibiaotong.hub.parse;

import static cn.yibiaotong.hub.parse.ParseFixtures.UTF8_BOM;
import static cn.yibiaotong.hub.parse.ParseFixtures.assertRefused;
import static cn.yibiaotong.hub.parse.ParseFixtures.readAll;
import static cn.yibiaotong.hub.parse.ParseFixtures.spec;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Rule 1: the content, not the extension, decides the format. */
class FormatDetectionTest {

    @TempDir
    Path dir;

    @Test
    void contentDecidesNotExtension() {
        Path csvNamedXlsx = ParseFixtures.text(dir, "名单.xlsx", "姓名,电话\n张三,138\n", StandardCharsets.UTF_8);
        Path xlsxNamedCsv = ParseFixtures.xlsx(dir, "名单.csv", wb -> wb.createSheet("名单").createRow(0).createCell(0).setCellValue("姓名"));

        try (RowSource rows = RowSources.open(csvNamedXlsx, "名单.xlsx", FormatSpec.defaults())) {
            assertThat(rows.describe()).isEqualTo("CSV（UTF-8）");
        }
        try (RowSource rows = RowSources.open(xlsxNamedCsv, "名单.csv", FormatSpec.defaults())) {
            assertThat(rows.describe()).isEqualTo("XLSX（工作表：名单）");
        }
    }

    @Test
    void oldXlsIsRefused() throws IOException {
        Path xls = dir.resolve("花名册.xlsx");
        try (HSSFWorkbook workbook = new HSSFWorkbook(); OutputStream out = Files.newOutputStream(xls)) {
            workbook.createSheet("Sheet1").createRow(0).createCell(0).setCellValue("姓名");
            workbook.write(out);
        }
        assertRefused(xls, FormatSpec.defaults(), "legacy-xls",
                "文件“花名册.xlsx”是旧版 Excel（.xls）格式，暂不支持。请在 Excel 中“另存为” .xlsx 工作簿或 CSV 后再上传。");
    }

    @Test
    void oldWordDocumentIsNotCalledAnOldWorkbook() throws IOException {
        Path doc = dir.resolve("通知.xls");
        try (POIFSFileSystem fs = new POIFSFileSystem(); OutputStream out = Files.newOutputStream(doc)) {
            fs.createDocument(new ByteArrayInputStream(new byte[600]), "WordDocument");
            fs.writeFilesystem(out);
        }
        assertRefused(doc, FormatSpec.defaults(), "unknown-format",
                "无法识别文件“通知.xls”的格式：只接受 CSV（逗号分隔）和 XLSX（Excel 工作簿）。请在 Excel 中“另存为”其中一种格式后再上传。");
    }

    @Test
    void pdfBinaryAndHtmlAreRefused() {
        String message = "无法识别文件“%s”的格式：只接受 CSV（逗号分隔）和 XLSX（Excel 工作簿）。请在 Excel 中“另存为”其中一种格式后再上传。";
        Path pdf = ParseFixtures.text(dir, "a.csv", "%PDF-1.7\n%âãÏÓ\n1 0 obj\n", StandardCharsets.ISO_8859_1);
        Path png = ParseFixtures.write(dir, "b.csv", new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13});
        Path controls = ParseFixtures.write(dir, "c.csv", new byte[] {'a', 1, 2, 3, 4, 5, 6, 7, 8, 'b'});
        Path html = ParseFixtures.text(dir, "导出.xls", "\n<html><body><table><tr><td>张三</td></tr></table>", StandardCharsets.UTF_8);

        assertRefused(pdf, FormatSpec.defaults(), "unknown-format", message.formatted("a.csv"));
        assertRefused(png, FormatSpec.defaults(), "unknown-format", message.formatted("b.csv"));
        assertRefused(controls, FormatSpec.defaults(), "unknown-format", message.formatted("c.csv"));
        assertRefused(html, FormatSpec.defaults(), "unknown-format", message.formatted("导出.xls"));
    }

    @Test
    void declaredTypeMustMatchContent() {
        Path csv = ParseFixtures.text(dir, "名单.csv", "姓名\n张三\n", StandardCharsets.UTF_8);
        Path xlsx = ParseFixtures.xlsx(dir, "名单.xlsx", wb -> wb.createSheet().createRow(0).createCell(0).setCellValue("姓名"));

        assertRefused(csv, spec("xlsx", "auto"), "format-mismatch",
                "文件“名单.csv”的内容是 CSV，但连接器要求 XLSX。请上传 XLSX 文件，或联系管理员修改连接器的 format.type。");
        assertRefused(xlsx, spec("csv", "auto"), "format-mismatch",
                "文件“名单.xlsx”的内容是 XLSX，但连接器要求 CSV。请上传 CSV 文件，或联系管理员修改连接器的 format.type。");
        assertThat(readAll(csv, spec("csv", "auto"))).hasSize(2);
        assertThat(readAll(xlsx, spec("xlsx", "auto"))).hasSize(1);
    }

    @Test
    void emptyFilesAreRefused() {
        String message = "文件“%s”是空的，没有任何数据行。请确认选择了正确的文件。";
        Path zero = ParseFixtures.write(dir, "zero.csv");
        Path bomOnly = ParseFixtures.write(dir, "bom.csv", UTF8_BOM);
        Path blankLines = ParseFixtures.write(dir, "blank.csv", UTF8_BOM, " \r\n\t\r\n\r\n   ".getBytes(StandardCharsets.US_ASCII));
        Path utf16BomOnly = ParseFixtures.write(dir, "u16.csv", new byte[] {(byte) 0xFF, (byte) 0xFE, ' ', 0, '\n', 0});

        assertRefused(zero, FormatSpec.defaults(), "empty-file", message.formatted("zero.csv"));
        assertRefused(bomOnly, FormatSpec.defaults(), "empty-file", message.formatted("bom.csv"));
        assertRefused(blankLines, FormatSpec.defaults(), "empty-file", message.formatted("blank.csv"));
        assertRefused(utf16BomOnly, spec("xlsx", "auto"), "empty-file", message.formatted("u16.csv"));
    }
}

package cn.yibiaotong.hub.parse;


import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** An XLSX whose parts inflate past the limit is refused before the streaming reader inflates them. */
class WorkbookLimitsTest {

    @TempDir
    Path dir;

    @Test
    void aSheetLargerThanTheLimitIsRefusedNamingThePart() throws Exception {
        Path file = dir.resolve("roster.xlsx");
        try (XSSFWorkbook book = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
            var sheet = book.createSheet("花名册");
            for (int r = 0; r < 200; r++) {
                var row = sheet.createRow(r);
                for (int c = 0; c < 10; c++) {
                    row.createCell(c).setCellValue(r * 10.5 + c); // numbers: no shared-strings part to trip first
                }
            }
            book.write(out);
        }
        // a 4 KB limit stands in for the 2 GB one: the same check, on a small file
        assertThatThrownBy(() -> WorkbookOpener.open(file, "roster.xlsx", 4 * 1024))
                .isInstanceOfSatisfying(FileRejectedException.class, e -> {
                    org.assertj.core.api.Assertions.assertThat(e.code()).isEqualTo("xlsx-too-large");
                    org.assertj.core.api.Assertions.assertThat(e.getMessage()).isEqualTo("文件“roster.xlsx”中的"
                            + "“xl/worksheets/sheet1.xml”解压后超过 4 KB，超出可读取的上限，未读取。请把数据拆成几个文件上传，或改用 CSV。");
                });
    }
}

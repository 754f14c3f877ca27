package cn.yibiaotong.hub.parse;

import static cn.yibiaotong.hub.parse.ParseFixtures.GBK;
import static cn.yibiaotong.hub.parse.ParseFixtures.assertRefused;
import static cn.yibiaotong.hub.parse.ParseFixtures.openFilesUnder;
import static cn.yibiaotong.hub.parse.ParseFixtures.spec;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assumptions.assumeThat;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Collections;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;
import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.crypt.EncryptionMode;
import org.apache.poi.poifs.crypt.Encryptor;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Rules 5 and 6: what a source reports about itself, and how it fails. */
class RowSourceContractTest {

    private static final String BAD_XLSX =
            "文件“%s”不是有效的 XLSX 工作簿，可能已损坏或被加密。请在 Excel 中打开确认后重新保存再上传。";

    @TempDir
    Path dir;

    @Test
    void describeNamesTheFormatAndCharsetOrSheet() {
        Path utf8 = ParseFixtures.text(dir, "u.csv", "姓名\n", StandardCharsets.UTF_8);
        Path gbk = ParseFixtures.text(dir, "g.csv", "姓名\n", GBK);
        Path xlsx = ParseFixtures.xlsx(dir, "x.xlsx", wb -> wb.createSheet("龙泉街道").createRow(0).createCell(0).setCellValue("姓名"));

        assertThat(describe(utf8)).isEqualTo("CSV（UTF-8）");
        assertThat(describe(gbk)).isEqualTo("CSV（GBK）");
        assertThat(describe(xlsx)).isEqualTo("XLSX（工作表：龙泉街道）");
    }

    private static String describe(Path file) {
        try (RowSource rows = RowSources.open(file, file.getFileName().toString(), FormatSpec.defaults())) {
            return rows.describe();
        }
    }

    @Test
    void corruptWorkbookIsRefusedNotThrownAsPoiException() throws IOException {
        Path good = ParseFixtures.xlsx(dir, "good.xlsx", wb -> {
            var sheet = wb.createSheet("名单");
            for (int i = 0; i < 2_000; i++) {
                sheet.createRow(i).createCell(0).setCellValue("第 " + i + " 行");
            }
        });
        byte[] bytes = Files.readAllBytes(good);
        Path truncated = ParseFixtures.write(dir, "truncated.xlsx", Arrays.copyOf(bytes, bytes.length / 2));
        Path garbage = ParseFixtures.write(dir, "garbage.xlsx", new byte[] {'P', 'K', 3, 4, 1, 2, 3, 4, 5, 6, 7, 8});
        Path brokenSheet = dir.resolve("broken-sheet.xlsx");
        copyReplacing(good, brokenSheet, "xl/worksheets/sheet1.xml",
                "<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>"
                        + "<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>姓名</t></is></c></row><row r=\"2\"><c r=");
        Path notAWorkbook = dir.resolve("report.xlsx");
        copyReplacing(good, notAWorkbook, "xl/workbook.xml", null);

        assertRefused(truncated, FormatSpec.defaults(), "bad-xlsx", BAD_XLSX.formatted("truncated.xlsx"));
        assertRefused(garbage, FormatSpec.defaults(), "bad-xlsx", BAD_XLSX.formatted("garbage.xlsx"));
        assertRefused(brokenSheet, FormatSpec.defaults(), "bad-xlsx", BAD_XLSX.formatted("broken-sheet.xlsx"));
        assertRefused(notAWorkbook, FormatSpec.defaults(), "bad-xlsx", BAD_XLSX.formatted("report.xlsx"));
        if (Files.isDirectory(Path.of("/proc/self/fd"))) {
            assertThat(openFilesUnder(dir)).isZero();
        }
    }

    /** Copies a ZIP, replacing one entry's content, or dropping the entry when the content is null. */
    private static void copyReplacing(Path source, Path target, String entry, String content) throws IOException {
        try (ZipFile in = new ZipFile(source.toFile()); ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(target))) {
            for (ZipEntry e : Collections.list(in.entries())) {
                if (e.getName().equals(entry) && content == null) {
                    continue;
                }
                out.putNextEntry(new ZipEntry(e.getName()));
                if (e.getName().equals(entry)) {
                    out.write(content.getBytes(StandardCharsets.UTF_8));
                } else {
                    in.getInputStream(e).transferTo(out);
                }
                out.closeEntry();
            }
        }
    }

    @Test
    void passwordProtectedWorkbookIsRefusedAsEncryptedNotAsOldXls() throws Exception {
        Path plain = ParseFixtures.xlsx(dir, "plain.xlsx", wb -> wb.createSheet().createRow(0).createCell(0).setCellValue("姓名"));
        Path encrypted = dir.resolve("加密.xlsx");
        try (POIFSFileSystem fs = new POIFSFileSystem()) {
            Encryptor encryptor = new EncryptionInfo(EncryptionMode.agile).getEncryptor();
            encryptor.confirmPassword("123456");
            try (OutputStream data = encryptor.getDataStream(fs)) {
                Files.copy(plain, data);
            }
            try (OutputStream out = Files.newOutputStream(encrypted)) {
                fs.writeFilesystem(out);
            }
        }
        assertRefused(encrypted, FormatSpec.defaults(), "bad-xlsx", BAD_XLSX.formatted("加密.xlsx"));
    }

    @Test
    void filesAreClosedOnEveryPath() throws IOException {
        assumeThat(Path.of("/proc/self/fd")).as("descriptor count needs Linux").isDirectory();
        Path csv = ParseFixtures.text(dir, "ok.csv", "a\nb\nc\n", StandardCharsets.UTF_8);
        Path brokenLater = ParseFixtures.write(dir, "later.csv", "a\n".getBytes(StandardCharsets.UTF_8), new byte[] {(byte) 0xFF, '\n'});
        Path xlsx = ParseFixtures.xlsx(dir, "ok.xlsx", wb -> wb.createSheet("名单").createRow(0).createCell(0).setCellValue("a"));
        Path garbage = ParseFixtures.write(dir, "garbage.xlsx", new byte[] {'P', 'K', 3, 4, 9, 9, 9, 9});
        byte[] xlsxBytes = Files.readAllBytes(xlsx);
        Path truncated = ParseFixtures.write(dir, "truncated.xlsx", Arrays.copyOf(xlsxBytes, xlsxBytes.length - 100));
        Path utf16 = ParseFixtures.write(dir, "u16.csv", new byte[] {(byte) 0xFE, (byte) 0xFF, 0, 'a'});

        ParseFixtures.readAll(csv, FormatSpec.defaults());
        ParseFixtures.readAll(xlsx, FormatSpec.defaults());
        RowSources.open(csv, "ok.csv", FormatSpec.defaults()).close(); // closed before reading a row
        assertRefused(brokenLater, spec("csv", "UTF-8"), "decode-error",
                "文件“later.csv”第 2 行附近有无法按 UTF-8 解码的字节，文件可能损坏或混用了多种编码。请重新导出后再上传。");
        assertRefused(garbage, FormatSpec.defaults(), "bad-xlsx", BAD_XLSX.formatted("garbage.xlsx"));
        assertRefused(truncated, FormatSpec.defaults(), "bad-xlsx", BAD_XLSX.formatted("truncated.xlsx"));
        assertRefused(xlsx, new FormatSpec("xlsx", null, null, null, "没有"), "unknown-sheet",
                "工作簿“ok.xlsx”中没有名为“没有”的工作表，现有工作表：“名单”。");
        assertRefused(utf16, FormatSpec.defaults(), "utf16",
                "文件“u16.csv”是 UTF-16（Unicode 文本）编码。请另存为“CSV UTF-8（逗号分隔）”后再上传。");

        assertThat(openFilesUnder(dir)).isZero();
    }

    @Test
    void sourceThatFailedMidFileIsAlreadyClosedAndStaysFailed() throws IOException {
        assumeThat(Path.of("/proc/self/fd")).as("descriptor count needs Linux").isDirectory();
        Path file = ParseFixtures.write(dir, "later.csv", "a\n".getBytes(StandardCharsets.UTF_8), new byte[] {(byte) 0xFF, '\n'});

        RowSource rows = RowSources.open(file, "later.csv", spec("csv", "UTF-8"));
        rows.next();
        assertThat(openFilesUnder(dir)).isEqualTo(1);
        FileRejectedException refused = catchThrowableOfType(FileRejectedException.class, () -> rows.hasNext());
        assertThat(refused.code()).isEqualTo("decode-error");
        assertThat(catchThrowableOfType(FileRejectedException.class, () -> rows.hasNext()))
                .as("asking again repeats the refusal rather than pretending the file ended").isSameAs(refused);
        assertThat(openFilesUnder(dir)).as("a caller that forgets close() after a refusal leaks nothing").isZero();
    }
}

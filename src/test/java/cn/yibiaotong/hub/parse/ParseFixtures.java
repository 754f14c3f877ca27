package cn.yibiaotong.hub.parse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/** Builds upload files the way street offices produce them, and reads them back through the public API. */
final class ParseFixtures {

    static final Charset GBK = Charset.forName("GBK");
    static final byte[] UTF8_BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    private ParseFixtures() {
    }

    static Path write(Path dir, String name, byte[]... parts) {
        Path file = dir.resolve(name);
        try (OutputStream out = Files.newOutputStream(file)) {
            for (byte[] part : parts) {
                out.write(part);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return file;
    }

    static Path text(Path dir, String name, String content, Charset charset) {
        return write(dir, name, content.getBytes(charset));
    }

    static Path xlsx(Path dir, String name, Consumer<SXSSFWorkbook> content) {
        Path file = dir.resolve(name);
        try (SXSSFWorkbook workbook = new SXSSFWorkbook(100); OutputStream out = Files.newOutputStream(file)) {
            content.accept(workbook);
            workbook.write(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return file;
    }

    /**
     * A large workbook written as Excel lays it out (shared strings, numbers as {@code <v>}), straight
     * to the ZIP: SXSSF takes seconds for 50,000 rows, this takes milliseconds. Row i holds a unique
     * name "居民i", the phone number 13800000000 + i, an empty column C and i.
     */
    static Path largeXlsx(Path dir, String name, int rows) {
        Path file = dir.resolve(name);
        String main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
        String rel = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(file));
                Writer out = new BufferedWriter(new OutputStreamWriter(zip, StandardCharsets.UTF_8))) {
            entry(zip, out, "[Content_Types].xml", "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
                    + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
                    + "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
                    + "<Override PartName=\"/xl/workbook.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml\"/>"
                    + "<Override PartName=\"/xl/worksheets/sheet1.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml\"/>"
                    + "<Override PartName=\"/xl/sharedStrings.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml\"/>"
                    + "</Types>");
            entry(zip, out, "_rels/.rels", "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                    + "<Relationship Id=\"rId1\" Type=\"" + rel + "/officeDocument\" Target=\"xl/workbook.xml\"/></Relationships>");
            entry(zip, out, "xl/workbook.xml", "<workbook xmlns=\"" + main + "\" xmlns:r=\"" + rel + "\"><sheets>"
                    + "<sheet name=\"花名册\" sheetId=\"1\" r:id=\"rId1\"/></sheets></workbook>");
            entry(zip, out, "xl/_rels/workbook.xml.rels", "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                    + "<Relationship Id=\"rId1\" Type=\"" + rel + "/worksheet\" Target=\"worksheets/sheet1.xml\"/>"
                    + "<Relationship Id=\"rId2\" Type=\"" + rel + "/sharedStrings\" Target=\"sharedStrings.xml\"/></Relationships>");
            entry(zip, out, "xl/sharedStrings.xml", "<sst xmlns=\"" + main + "\">");
            for (int i = 1; i <= rows; i++) {
                out.write("<si><t>居民" + i + "</t></si>");
            }
            out.write("</sst>");
            entry(zip, out, "xl/worksheets/sheet1.xml", "<worksheet xmlns=\"" + main + "\"><sheetData>");
            for (int i = 1; i <= rows; i++) {
                out.write("<row r=\"" + i + "\"><c r=\"A" + i + "\" t=\"s\"><v>" + (i - 1) + "</v></c><c r=\"B" + i + "\"><v>"
                        + (13800000000L + i) + "</v></c><c r=\"D" + i + "\"><v>" + i + "</v></c></row>");
            }
            out.write("</sheetData></worksheet>");
            out.flush();
            zip.closeEntry();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return file;
    }

    private static void entry(ZipOutputStream zip, Writer out, String name, String start) throws IOException {
        out.flush();
        if (!name.startsWith("[")) {
            zip.closeEntry();
        }
        zip.putNextEntry(new ZipEntry(name));
        out.write("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n" + start);
    }

    static FormatSpec spec(String type, String charset) {
        return new FormatSpec(type, charset, "auto", ",", null);
    }

    static List<RawRow> readAll(Path file, FormatSpec spec) {
        try (RowSource rows = RowSources.open(file, file.getFileName().toString(), spec)) {
            List<RawRow> all = new ArrayList<>();
            rows.forEachRemaining(all::add);
            return all;
        }
    }

    /** Opens and drains the file, expecting it to be refused at some point with exactly this code and message. */
    static void assertRefused(Path file, FormatSpec spec, String code, String message) {
        FileRejectedException refused = catchThrowableOfType(FileRejectedException.class, () -> readAll(file, spec));
        assertThat(refused).as("refusal of %s", file.getFileName()).isNotNull();
        assertThat(refused.code()).isEqualTo(code);
        assertThat(refused.getMessage()).isEqualTo(message);
    }

    /** Linux only: how many descriptors this JVM holds open on files under {@code dir}. */
    static long openFilesUnder(Path dir) throws IOException {
        Path fds = Path.of("/proc/self/fd");
        try (var entries = Files.list(fds)) {
            return entries.filter(fd -> {
                try {
                    return Files.readSymbolicLink(fd).startsWith(dir.toRealPath());
                } catch (IOException e) {
                    return false; // the descriptor closed while we looked
                }
            }).count();
        }
    }
}

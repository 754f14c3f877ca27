package cn.yibiaotong.hub.samples;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/** Writes department records in each department's own file format (samples/DEPARTMENTS.md). */
final class DepartmentFiles {

    private DepartmentFiles() {
    }

    static void csv(Path file, Charset charset, List<String> header, List<List<String>> rows) throws IOException {
        Files.createDirectories(file.getParent());
        try (Writer out = Files.newBufferedWriter(file, charset);
             CSVPrinter printer = CSVFormat.DEFAULT.builder().setHeader(header.toArray(String[]::new)).get().print(out)) {
            for (List<String> row : rows) {
                printer.printRecord(row);
            }
        }
    }

    /** One JSON object: the envelope's fields, then the records under {@code records}. */
    static void json(Path file, Map<String, String> envelope, List<Map<String, String>> records) throws IOException {
        Files.createDirectories(file.getParent());
        Map<String, Object> document = new LinkedHashMap<>(envelope);
        document.put("records", records);
        new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValue(file.toFile(), document);
    }

    /** {@code <root><record>…</record>…</root>}, each record's fields as child elements in order. */
    static void xml(Path file, String root, String record, List<Map<String, String>> records) throws IOException {
        Files.createDirectories(file.getParent());
        try (OutputStream out = Files.newOutputStream(file)) {
            XMLStreamWriter w = XMLOutputFactory.newInstance().createXMLStreamWriter(out, "UTF-8");
            w.writeStartDocument("UTF-8", "1.0");
            w.writeCharacters("\n");
            w.writeStartElement(root);
            for (Map<String, String> r : records) {
                w.writeCharacters("\n  ");
                w.writeStartElement(record);
                for (Map.Entry<String, String> field : r.entrySet()) {
                    w.writeStartElement(field.getKey());
                    w.writeCharacters(field.getValue());
                    w.writeEndElement();
                }
                w.writeEndElement();
            }
            w.writeCharacters("\n");
            w.writeEndElement();
            w.writeEndDocument();
            w.close();
        } catch (XMLStreamException e) {
            throw new IOException(e);
        }
    }

    /**
     * The disabled persons' federation's workbook: a merged title row, a two-row header whose single columns are
     * merged down and whose groups are merged across, the data, and a notes row below.
     *
     * @param groups header texts of row 2: a single column's name, or a group name spanning the following
     *               empty entries
     * @param names  header texts of row 3: the column names under groups, empty under single columns
     */
    static void groupedXlsx(Path file, String title, List<String> groups, List<String> names, List<List<String>> rows,
                            String notes) throws IOException {
        Files.createDirectories(file.getParent());
        int width = names.size();
        try (SXSSFWorkbook wb = new SXSSFWorkbook(200); OutputStream out = Files.newOutputStream(file)) {
            Sheet sheet = wb.createSheet("持证人员");
            sheet.createRow(0).createCell(0).setCellValue(title);
            sheet.addMergedRegion(new CellRangeAddress(0, 0, 0, width - 1));
            Row upper = sheet.createRow(1);
            Row lower = sheet.createRow(2);
            for (int c = 0; c < width; c++) {
                if (!groups.get(c).isEmpty()) {
                    upper.createCell(c).setCellValue(groups.get(c));
                }
                if (!names.get(c).isEmpty()) {
                    lower.createCell(c).setCellValue(names.get(c));
                }
            }
            for (int c = 0; c < width; c++) {
                if (names.get(c).isEmpty()) {
                    sheet.addMergedRegion(new CellRangeAddress(1, 2, c, c));
                } else if (!groups.get(c).isEmpty()) {
                    int end = c;
                    while (end + 1 < width && groups.get(end + 1).isEmpty() && !names.get(end + 1).isEmpty()) {
                        end++;
                    }
                    if (end > c) {
                        sheet.addMergedRegion(new CellRangeAddress(1, 1, c, end));
                    }
                }
            }
            int r = 3;
            for (List<String> row : rows) {
                Row x = sheet.createRow(r++);
                for (int c = 0; c < row.size(); c++) {
                    x.createCell(c).setCellValue(row.get(c));
                }
            }
            sheet.createRow(r).createCell(0).setCellValue(notes);
            sheet.addMergedRegion(new CellRangeAddress(r, r, 0, width - 1));
            wb.write(out);
            wb.dispose();
        }
    }
}

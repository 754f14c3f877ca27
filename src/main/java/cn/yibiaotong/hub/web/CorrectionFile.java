package cn.yibiaotong.hub.web;

import cn.yibiaotong.hub.batch.BatchRecord;
import cn.yibiaotong.hub.batch.BatchStore;
import cn.yibiaotong.hub.batch.RowIssue;
import cn.yibiaotong.hub.normalize.HeaderBinder;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.springframework.stereotype.Component;

/**
 * The rejected rows of a batch as a CSV staff can open in Excel, correct and upload again: the original
 * header and cells, plus a last column with the reasons (ignored when the file comes back).
 * UTF-8 with a BOM, which Excel needs to show Chinese correctly.
 */
@Component
public class CorrectionFile {

    private final BatchStore store;

    public CorrectionFile(BatchStore store) {
        this.store = store;
    }

    public void write(BatchRecord batch, OutputStream out) throws IOException {
        Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        writer.write('\uFEFF');
        CSVPrinter csv = new CSVPrinter(writer, CSVFormat.EXCEL);
        List<String> header = new ArrayList<>(batch.headerCells());
        header.add(HeaderBinder.CORRECTION_COLUMN);
        csv.printRecord(header);
        try {
            store.forEachRejectedRow(batch.id(), r -> {
                int width = batch.headerCells().size();
                List<String> cells = new ArrayList<>(r.cells().subList(0, Math.min(width, r.cells().size())));
                while (cells.size() < batch.headerCells().size()) {
                    cells.add("");
                }
                cells.add(reasons(r.row(), unit(batch.format()), r.issues()));
                try {
                    csv.printRecord(cells);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        csv.flush();
    }

    /** JSON and XML batches are numbered by record ({@code RecordRows}), spreadsheets by row. */
    private static String unit(String format) {
        return "JSON".equals(format) || "XML".equals(format) ? "条记录" : "行";
    }

    private static String reasons(long row, String unit, List<RowIssue> issues) {
        StringBuilder sb = new StringBuilder("第 " + row + " " + unit + "：");
        for (int i = 0; i < issues.size(); i++) {
            RowIssue issue = issues.get(i);
            sb.append(i == 0 ? "" : "；").append(issue.column() == null ? "" : issue.column() + "：").append(issue.message());
        }
        return sb.toString();
    }
}

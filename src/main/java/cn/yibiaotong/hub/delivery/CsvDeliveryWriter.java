package cn.yibiaotong.hub.delivery;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.nio.charset.Charset;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * A CSV in the department's charset (GBK for most bureau systems), CRLF line ends as Excel writes them.
 * A CSV has no room for a second table, so removals are kept in the delivery record only.
 */
final class CsvDeliveryWriter implements DeliveryWriter {

    private final CSVPrinter printer;

    CsvDeliveryWriter(OutputStream out, Charset charset) throws IOException {
        this.printer = new CSVPrinter(new OutputStreamWriter(out, charset), CSVFormat.DEFAULT);
    }

    @Override
    public void header(List<String> columns) throws IOException {
        printer.printRecord(columns);
    }

    @Override
    public void row(List<String> cells) throws IOException {
        printer.printRecord(cells.stream().map(c -> c == null ? "" : c).toList());
    }

    @Override
    public void removal(Removal removal) {
        // listed at GET /api/deliveries/{id}/removals
    }

    @Override
    public void finish() throws IOException {
        printer.flush();
    }
}

package cn.yibiaotong.hub.delivery;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.nio.charset.Charset;
import java.nio.charset.CharsetEncoder;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * A CSV in the department's charset (GBK for most bureau systems), CRLF line ends as Excel writes them.
 * A CSV has no room for a second table, so removals are kept in the delivery record only.
 * <p>
 * A character the charset lacks (a rare name character outside GBK) is never written as "?": the clerk would
 * receive a silently changed name. Each cell is checked before it is printed, so the failure names its row and
 * column; the writer's own encoder reports rather than replaces as well, should anything slip past.
 */
final class CsvDeliveryWriter implements DeliveryWriter {

    private final CSVPrinter printer;
    private final CharsetEncoder check;
    private List<String> columns = List.of();
    private int rowNumber;

    CsvDeliveryWriter(OutputStream out, Charset charset) throws IOException {
        // a fresh encoder reports unmappable characters; String-based writers would replace them
        this.printer = new CSVPrinter(new OutputStreamWriter(out, charset.newEncoder()), CSVFormat.DEFAULT);
        this.check = charset.newEncoder();
    }

    @Override
    public void header(List<String> columns) throws IOException {
        this.columns = List.copyOf(columns);
        checkEncodable(columns);
        printer.printRecord(columns);
    }

    @Override
    public void row(List<String> cells) throws IOException {
        rowNumber++;
        List<String> values = cells.stream().map(c -> c == null ? "" : c).toList();
        checkEncodable(values);
        printer.printRecord(values);
    }

    @Override
    public void removal(Removal removal) {
        // listed at GET /api/deliveries/{id}/removals
    }

    @Override
    public void finish() throws IOException {
        printer.flush();
    }

    private void checkEncodable(List<String> values) throws UnencodableValue {
        for (int i = 0; i < values.size(); i++) {
            String value = values.get(i);
            if (!check.canEncode(value)) {
                int codePoint = value.codePoints().filter(cp -> !check.canEncode(Character.toString(cp)))
                        .findFirst().orElseThrow();
                throw new UnencodableValue(check.charset().name(), i < columns.size() ? columns.get(i) : "第 " + (i + 1) + " 列",
                        rowNumber, codePoint);
            }
        }
    }
}

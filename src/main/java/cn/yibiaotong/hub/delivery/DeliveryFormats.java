package cn.yibiaotong.hub.delivery;

import cn.yibiaotong.hub.connector.OutboundFile;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.Charset;

/** Per file type: the extension, the Content-Type the receiver is told, and the writer. */
final class DeliveryFormats {

    private DeliveryFormats() {
    }

    static String extension(OutboundFile f) {
        return f.type();
    }

    static String contentType(OutboundFile f) {
        return switch (f.type()) {
            case "csv" -> "text/csv;charset=" + f.charset();
            case "xlsx" -> "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
            case "json" -> "application/json;charset=UTF-8";
            case "xml" -> "application/xml;charset=UTF-8";
            default -> throw new IllegalArgumentException("unknown delivery file type " + f.type());
        };
    }

    static DeliveryWriter writer(OutboundFile f, OutputStream out, String title) throws IOException {
        return switch (f.type()) {
            case "csv" -> new CsvDeliveryWriter(out, Charset.forName(f.charset()));
            case "xlsx" -> new XlsxDeliveryWriter(out, f.sheet(), title);
            case "json" -> new JsonDeliveryWriter(out, f.envelope(), f.recordsField());
            case "xml" -> new XmlDeliveryWriter(out, f.rootElement(), f.recordElement());
            default -> throw new IllegalArgumentException("unknown delivery file type " + f.type());
        };
    }

    /** Fills {division}, {divisionName} and {period} into a file name or title. */
    static String fill(String pattern, String division, String divisionName, String period) {
        return pattern == null ? null : pattern.replace("{divisionName}", divisionName)
                .replace("{division}", division).replace("{period}", period);
    }
}

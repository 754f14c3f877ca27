package cn.yibiaotong.hub.parse;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * Opens an uploaded file as a stream of raw rows. The format and the CSV charset are taken from the
 * content; the connector's {@link FormatSpec} only narrows what is accepted. Anything that makes the
 * file unreadable is a {@link FileRejectedException} with a message for the uploader.
 */
public final class RowSources {

    private RowSources() {
    }

    /**
     * @param file     the stored upload
     * @param fileName the name the uploader gave, used in messages
     * @param spec     the connector's format settings
     * @throws FileRejectedException    when the file cannot be read as CSV or XLSX
     * @throws IllegalArgumentException when the spec itself is invalid (a configuration error)
     */
    public static RowSource open(Path file, String fileName, FormatSpec spec) {
        return open(file, fileName, spec, List.of());
    }

    /**
     * @param fieldNames for JSON and XML: per connector field, the property names it goes by (column first, then
     *                   aliases). The source's first row is the columns (a header, row 0), then one row per record
     *                   with its values in the same order, numbered by record; properties not among them are
     *                   reported once each through {@link RowSource#drainNotices()}.
     */
    public static RowSource open(Path file, String fileName, FormatSpec spec, List<List<String>> fieldNames) {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(spec, "spec");
        String name = fileName == null || fileName.isBlank() ? String.valueOf(file.getFileName()) : fileName;
        FileFormat required = FileFormat.required(spec.type());
        if (required == FileFormat.JSON) {
            return JsonRecordSource.open(file, name, spec.recordPath(), fieldNames);
        }
        if (required == FileFormat.XML) {
            return XmlRecordSource.open(file, name, spec.recordElement(), fieldNames);
        }
        char delimiter = delimiter(spec.delimiter());
        FileFormat actual = FormatSniffer.sniff(file, name);
        if (required != null && required != actual) {
            throw Rejections.formatMismatch(name, actual, required);
        }
        if (actual == FileFormat.XLSX) {
            return XlsxRowSource.open(file, name, spec.sheet());
        }
        return CsvRowSource.open(file, name, CharsetSniffer.detect(file, name, spec.charset()), delimiter);
    }

    private static char delimiter(String delimiter) {
        if (delimiter.length() != 1 || delimiter.charAt(0) == '"' || delimiter.charAt(0) == '\n'
                || delimiter.charAt(0) == '\r') {
            throw new IllegalArgumentException("format.delimiter must be one character other than a quote or line break, not: "
                    + delimiter);
        }
        return delimiter.charAt(0);
    }
}

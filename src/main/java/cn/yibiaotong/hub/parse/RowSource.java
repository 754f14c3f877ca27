package cn.yibiaotong.hub.parse;

import java.io.Closeable;
import java.util.Iterator;
import java.util.List;

/**
 * A file read row by row, never held whole in memory. Every row is returned, title and header rows
 * included; deciding which row is the header is the mapping stage's job.
 * Reading may fail mid-file with {@link FileRejectedException} (for example an encoding error on row 5,012).
 */
public interface RowSource extends Iterator<RawRow>, Closeable {

    /** The format actually read, e.g. {@code CSV (GBK)} or {@code XLSX}; shown in the batch report. */
    String describe();

    /**
     * What the reader noticed since the last call and the report should say, such as a property of a JSON record
     * that the connector does not know. Spreadsheets have none: their unknown columns are the header's business.
     */
    default List<SourceNotice> drainNotices() {
        return List.of();
    }

    @Override
    void close();
}

package cn.yibiaotong.hub.parse;

import java.io.Closeable;
import java.util.Iterator;

/**
 * A file read row by row, never held whole in memory. Every row is returned, title and header rows
 * included; deciding which row is the header is the mapping stage's job.
 * Reading may fail mid-file with {@link FileRejectedException} (for example an encoding error on row 5,012).
 */
public interface RowSource extends Iterator<RawRow>, Closeable {

    /** The format actually read, e.g. {@code CSV (GBK)} or {@code XLSX}; shown in the batch report. */
    String describe();

    @Override
    void close();
}

package cn.yibiaotong.hub.parse;

import java.util.List;
import java.util.NoSuchElementException;

/**
 * A document of records (JSON, XML) as rows: the synthetic header row of the connector's columns first, then one row
 * per record, read one ahead. A document refused part-way stays refused: every later call throws the same reason,
 * and the reader is closed at once.
 */
abstract class RecordSource implements RowSource {

    protected final String name;
    protected final RecordRows rows;
    private boolean headerSent;
    private boolean done;
    private RawRow next;
    private FileRejectedException failure;

    protected RecordSource(String name, RecordRows rows) {
        this.name = name;
        this.rows = rows;
    }

    /** The next record as a row, or null at the end of the records (after which it is not called again). */
    protected abstract RawRow readRecord() throws Exception;

    /** Why the document cannot be read, for a checked failure of the underlying reader (e.g. an XML syntax error). */
    protected abstract FileRejectedException rejection(Exception e);

    @Override
    public final boolean hasNext() {
        if (failure != null) {
            throw failure;
        }
        if (!headerSent || next != null) {
            return true;
        }
        if (done) {
            return false;
        }
        try {
            next = readRecord();
        } catch (FileRejectedException e) {
            failure = e;
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) {
            failure = rejection(e);
        }
        if (failure != null) {
            close();
            throw failure;
        }
        done = next == null;
        return next != null;
    }

    @Override
    public final RawRow next() {
        if (!hasNext()) {
            throw new NoSuchElementException();
        }
        if (!headerSent) {
            headerSent = true;
            return rows.header();
        }
        RawRow row = next;
        next = null;
        return row;
    }

    @Override
    public List<SourceNotice> drainNotices() {
        return rows.drainNotices();
    }
}

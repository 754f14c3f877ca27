package cn.yibiaotong.hub.batch;

import cn.yibiaotong.hub.connector.ConnectorDefinition;
import com.carrotsearch.hppc.LongLongHashMap;
import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.transaction.TransactionStatus;

/**
 * The running tally of one batch, carried as an exchange property through the ingest routes.
 * Split sub-exchanges share it; the splitter runs them one after another, so plain fields suffice.
 * A batch is read twice: the check pass counts every row as received and notes the rejected ones; the apply pass
 * then counts the rest as accepted or unchanged (or rejected, when merging finds a row to be a person an earlier
 * row already was) without counting them as received again.
 */
public final class BatchContext {

    private final String id;
    private final ConnectorDefinition connector;
    private final String fileName;
    private final String channel;
    private final boolean dryRun;
    private final OffsetDateTime startedAt;
    private long received;
    private long accepted;
    private long rejected;
    private long unchanged;
    private long warnings;
    private boolean checked;
    private LongLongHashMap firstRowOfId = new LongLongHashMap();
    private long lastRow;
    private long appliedThrough;
    private long cellsUploaded;
    private final Map<String, Long> cellsByDepartment = new LinkedHashMap<>();
    private long itemColumns;
    private TransactionStatus step;
    private long rowsInStep;
    private Closeable openSource;
    private Path spillFile;
    private Closeable spillWriter;

    public BatchContext(String id, ConnectorDefinition connector, String fileName, String channel, boolean dryRun,
                        OffsetDateTime startedAt) {
        this.id = id;
        this.connector = connector;
        this.fileName = fileName;
        this.channel = channel;
        this.dryRun = dryRun;
        this.startedAt = startedAt;
    }

    public void countRejected(long n) {
        countReceived(n);
        rejected += n;
    }

    public void countAccepted(long n) {
        countReceived(n);
        accepted += n;
    }

    public void countUnchanged(long n) {
        countReceived(n);
        unchanged += n;
    }

    /** Rows the check pass accepted: received, their outcome decided when they are applied. */
    public void countChecked(long n) {
        countReceived(n);
    }

    private void countReceived(long n) {
        if (!checked) {
            received += n;
        }
    }

    /** The check pass is over: every row is counted as received; what follows only decides its outcome. */
    public void markChecked() {
        checked = true;
        firstRowOfId = null;
    }

    /**
     * While the batch is checked: the first row of each ID number seen so far (IdNumbers.asLong keys), about 32 bytes
     * a row where a map of strings would hold 120.
     */
    public LongLongHashMap firstRowOfId() {
        return firstRowOfId;
    }

    public boolean checked() {
        return checked;
    }

    /** Everything handled so far is committed: called in the commit of a step. */
    public void markApplied() {
        appliedThrough = lastRow;
    }

    /** The last row of the last committed step, 0 while none is. */
    public long appliedThrough() {
        return appliedThrough;
    }

    /** The transaction of the apply pass's current step (BatchSteps). */
    void holdStep(TransactionStatus step) {
        this.step = step;
        this.rowsInStep = 0;
    }

    TransactionStatus releaseStep() {
        TransactionStatus held = step;
        step = null;
        return held;
    }

    /** Rows of a chunk entering the apply pass, the last of them in file order. */
    void stepRows(int rows, long lastRowOfChunk) {
        rowsInStep += rows;
        lastRow = Math.max(lastRow, lastRowOfChunk);
    }

    long rowsInStep() {
        return rowsInStep;
    }

    /** Cells the batch carried and the cells each department's template would have needed for them. */
    public void countCells(long uploaded, Map<String, Long> byDepartment) {
        cellsUploaded += uploaded;
        byDepartment.forEach((d, n) -> cellsByDepartment.merge(d, n, Long::sum));
    }

    /** The file's columns that carry a data-list item (the header binding's), for the cells it uploaded. */
    public void itemColumns(long columns) {
        this.itemColumns = columns;
    }

    public long itemColumns() {
        return itemColumns;
    }

    public long cellsUploaded() {
        return cellsUploaded;
    }

    public Map<String, Long> cellsByDepartment() {
        return cellsByDepartment;
    }

    public void countWarnings(long n) {
        warnings += n;
    }

    /** Share of received rows that were rejected, in percent. */
    public double rejectedPercent() {
        return received == 0 ? 0 : 100.0 * rejected / received;
    }

    /** The reader of this batch's file, closed by {@link #closeSource()} whatever happens (or when the next is held). */
    public void holdSource(Closeable source) {
        closeOpenSource();
        this.openSource = source;
    }

    /** Closes the reader and deletes the file of accepted records: the batch has ended, whatever its outcome. */
    public void closeSource() {
        closeOpenSource();
        try {
            finishSpill();
        } catch (UncheckedIOException ignored) {
            // the batch outcome is already decided; a failing close must not change it
        }
        if (spillFile != null) {
            try {
                Files.deleteIfExists(spillFile);
            } catch (IOException ignored) {
                // a leftover is deleted when recovery next looks (InterruptedBatches)
            }
            spillFile = null;
        }
    }

    private void closeOpenSource() {
        if (openSource != null) {
            try {
                openSource.close();
            } catch (IOException ignored) {
                // the batch outcome is already decided; a failing close must not change it
            }
            openSource = null;
        }
    }

    /** The file the check pass keeps the accepted records in, and its open writer (normalize.AcceptedRecords). */
    public void holdSpill(Path file, Closeable writer) {
        this.spillFile = file;
        this.spillWriter = writer;
    }

    /** The open writer of the accepted records, null before the first is kept. */
    public <T extends Closeable> T spill(Class<T> type) {
        return type.cast(spillWriter);
    }

    /** Closes the writer of the accepted records; returns their file, null when none was kept. */
    public Path finishSpill() {
        if (spillWriter != null) {
            try {
                spillWriter.close();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            spillWriter = null;
        }
        return spillFile;
    }

    public String id() {
        return id;
    }

    public ConnectorDefinition connector() {
        return connector;
    }

    public String fileName() {
        return fileName;
    }

    public String channel() {
        return channel;
    }

    public boolean dryRun() {
        return dryRun;
    }

    public OffsetDateTime startedAt() {
        return startedAt;
    }

    public long received() {
        return received;
    }

    public long accepted() {
        return accepted;
    }

    public long rejected() {
        return rejected;
    }

    public long unchanged() {
        return unchanged;
    }

    public long warnings() {
        return warnings;
    }
}

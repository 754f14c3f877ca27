package cn.yibiaotong.hub.batch;

import cn.yibiaotong.hub.connector.ConnectorDefinition;
import java.io.Closeable;
import java.io.IOException;
import java.time.OffsetDateTime;

/**
 * The running tally of one batch, carried as an exchange property through the ingest routes.
 * Split sub-exchanges share it; the splitter runs them one after another, so plain fields suffice.
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
    private Closeable openSource;

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
        received += n;
        rejected += n;
    }

    public void countAccepted(long n) {
        received += n;
        accepted += n;
    }

    public void countUnchanged(long n) {
        received += n;
        unchanged += n;
    }

    public void countWarnings(long n) {
        warnings += n;
    }

    /** A batch whose file was refused part-way counts no rows: nothing of it was kept. */
    public void resetCounts() {
        received = 0;
        accepted = 0;
        rejected = 0;
        unchanged = 0;
        warnings = 0;
    }

    /** Share of received rows that were rejected, in percent. */
    public double rejectedPercent() {
        return received == 0 ? 0 : 100.0 * rejected / received;
    }

    /** The reader of this batch's file, closed by {@link #closeSource()} whatever happens. */
    public void holdSource(Closeable source) {
        this.openSource = source;
    }

    public void closeSource() {
        if (openSource != null) {
            try {
                openSource.close();
            } catch (IOException ignored) {
                // the batch outcome is already decided; a failing close must not change it
            }
            openSource = null;
        }
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

package cn.yibiaotong.hub.jdbcpull;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.Optional;

/**
 * One run of a connector's pull, carried as an exchange property from the scheduler tick to the last page.
 * The watermark here only follows pages whose batch committed (and with it the same watermark in the store),
 * so a run that stops half-way leaves nothing to undo.
 */
public final class PullRun {

    /** Exchange property holding the run. */
    public static final String PROPERTY = "hubPullRun";

    private final DepartmentDatabase database;
    private final LocalDateTime cutoff;
    private Optional<PullWatermark> watermark;
    private boolean more = true;
    private int pages;
    private long rows;
    private Path pageFile;
    private int pageRows;
    private PullWatermark pageEnd;
    private String failure;

    PullRun(DepartmentDatabase database, LocalDateTime cutoff, Optional<PullWatermark> watermark) {
        this.database = database;
        this.cutoff = cutoff;
        this.watermark = watermark;
    }

    /** Read for the route's loop: another page may be waiting. */
    public boolean morePages() {
        return more;
    }

    void pageRead(Path file, int rowCount, PullWatermark end) {
        pages++;
        pageFile = file;
        pageRows = rowCount;
        pageEnd = end;
    }

    void caughtUp() {
        more = false;
    }

    /** The page's batch committed, and the stored watermark with it. A short page means nothing more is waiting. */
    void pageStored() {
        watermark = Optional.of(pageEnd);
        rows += pageRows;
        more = pageRows >= database.settings().pageSize();
        deletePageFile();
    }

    void failed(String reason) {
        failure = reason;
        more = false;
        deletePageFile();
    }

    void deletePageFile() {
        if (pageFile != null) {
            try {
                Files.deleteIfExists(pageFile);
            } catch (IOException ignored) {
                // a temp file left behind is harmless; the pull's outcome does not depend on it
            }
            pageFile = null;
        }
    }

    DepartmentDatabase database() {
        return database;
    }

    LocalDateTime cutoff() {
        return cutoff;
    }

    Optional<PullWatermark> watermark() {
        return watermark;
    }

    int pages() {
        return pages;
    }

    long rows() {
        return rows;
    }

    Optional<String> failure() {
        return Optional.ofNullable(failure);
    }
}

package cn.yibiaotong.hub.parse;

import com.github.pjfanning.xlsx.StreamingReader;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Enumeration;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.ss.usermodel.Workbook;

/** Opens an XLSX file for streaming, refusing anything that is not an intact workbook package. */
final class WorkbookOpener {

    /** Rows parsed ahead of the caller: enough for throughput, small enough for any sheet size. */
    private static final int ROW_CACHE_SIZE = 100;
    private static final int BUFFER_SIZE = 8 * 1024;

    private WorkbookOpener() {
    }

    /** Parts (a sheet, the shared strings) larger than this when inflated are refused; Excel's own limit is near. */
    static final long MAX_PART_BYTES = 2L * 1024 * 1024 * 1024;
    /**
     * Compressed over inflated size below this is a zip bomb (POI's own default): real sheets inflate 5 to 30
     * times, a bomb thousands of times. Parts under {@link #GRACE_BYTES} are not judged (tiny parts compress well).
     */
    static final double MIN_INFLATE_RATIO = 0.01;
    static final long GRACE_BYTES = 1024 * 1024;

    static {
        // POI checks the same while it inflates: sizes a crafted ZIP declares falsely are caught there
        ZipSecureFile.setMinInflateRatio(MIN_INFLATE_RATIO);
        ZipSecureFile.setMaxEntrySize(MAX_PART_BYTES);
    }

    static Workbook open(Path file, String fileName) {
        return open(file, fileName, MAX_PART_BYTES);
    }

    /** @param maxPartBytes the largest inflated part accepted (tests pass a small one) */
    static Workbook open(Path file, String fileName, long maxPartBytes) {
        requireIntactPackage(file, fileName);
        requireSafeSizes(file, fileName, maxPartBytes);
        try {
            return StreamingReader.builder()
                    .rowCacheSize(ROW_CACHE_SIZE)
                    .bufferSize(BUFFER_SIZE)
                    .setReadComments(false)
                    .setReadHyperlinks(false)
                    .setReadShapes(false)
                    .open(file.toFile());
        } catch (RuntimeException e) {
            throw Rejections.xlsxFailure(fileName, e);
        }
    }

    /** The sizes the ZIP directory declares, checked before anything is inflated. */
    private static void requireSafeSizes(Path file, String fileName, long maxPartBytes) {
        try (ZipFile zip = new ZipFile(file.toFile())) {
            Enumeration<? extends ZipEntry> entries = zip.entries();
            while (entries.hasMoreElements()) {
                ZipEntry e = entries.nextElement();
                long size = e.getSize();
                if (size > maxPartBytes) {
                    throw Rejections.oversizePart(fileName, e.getName(), maxPartBytes);
                }
                if (size > GRACE_BYTES && e.getCompressedSize() >= 0
                        && (double) e.getCompressedSize() / size < MIN_INFLATE_RATIO) {
                    throw Rejections.zipBomb(fileName);
                }
            }
        } catch (IOException e) {
            throw Rejections.badXlsx(fileName);
        }
    }

    /**
     * A truncated upload or a ZIP that is not a workbook makes POI fall back to scanning the stream,
     * and on that path the streaming reader leaves the file open. Reading the ZIP directory first is
     * cheap and refuses those files before the library sees them.
     */
    private static void requireIntactPackage(Path file, String fileName) {
        try (ZipFile zip = new ZipFile(file.toFile())) {
            if (zip.getEntry("[Content_Types].xml") == null || zip.getEntry("xl/workbook.xml") == null) {
                throw Rejections.badXlsx(fileName);
            }
        } catch (IOException | RuntimeException e) {
            throw e instanceof FileRejectedException rejected ? rejected : Rejections.badXlsx(fileName);
        }
    }
}

package cn.yibiaotong.hub.parse;

import com.github.pjfanning.xlsx.StreamingReader;
import java.io.IOException;
import java.nio.file.Path;
import java.util.zip.ZipFile;
import org.apache.poi.ss.usermodel.Workbook;

/** Opens an XLSX file for streaming, refusing anything that is not an intact workbook package. */
final class WorkbookOpener {

    /** Rows parsed ahead of the caller: enough for throughput, small enough for any sheet size. */
    private static final int ROW_CACHE_SIZE = 100;
    private static final int BUFFER_SIZE = 8 * 1024;

    private WorkbookOpener() {
    }

    static Workbook open(Path file, String fileName) {
        requireIntactPackage(file, fileName);
        try {
            return StreamingReader.builder()
                    .rowCacheSize(ROW_CACHE_SIZE)
                    .bufferSize(BUFFER_SIZE)
                    .setReadComments(false)
                    .setReadHyperlinks(false)
                    .setReadShapes(false)
                    .open(file.toFile());
        } catch (RuntimeException e) {
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

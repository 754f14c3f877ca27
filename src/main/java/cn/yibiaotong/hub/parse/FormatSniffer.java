package cn.yibiaotong.hub.parse;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;

/**
 * Decides from the bytes, never from the extension, whether a file is XLSX, CSV text or something
 * we refuse. Staff rename files freely ("名单.xls" that is really CSV), so only content is trusted.
 */
final class FormatSniffer {

    private static final int HEAD_SIZE = 8 * 1024;

    /** Some systems export an HTML table or Excel 2003 XML and call it .xls; as CSV it would be tag soup. */
    private static final List<String> MARKUP = List.of("<html", "<!doctype", "<table", "<?xml", "<head", "<meta");

    private FormatSniffer() {
    }

    static FileFormat sniff(Path file, String fileName) {
        byte[] head = FileBytes.head(file, HEAD_SIZE, fileName);
        if (head.length == 0) {
            throw Rejections.emptyFile(fileName);
        }
        if (FileBytes.startsWith(head, 'P', 'K', 3, 4)) {
            return FileFormat.XLSX;
        }
        if (FileBytes.startsWith(head, 0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1)) {
            throw ole2Rejection(file, fileName);
        }
        if (FileBytes.startsWith(head, '%', 'P', 'D', 'F')) {
            throw Rejections.unknownFormat(fileName);
        }
        if (isBlank(file, fileName)) {
            throw Rejections.emptyFile(fileName);
        }
        if (FileBytes.hasUtf16Bom(head)) {
            return FileFormat.CSV; // text, but refused by the charset sniffer with its own advice
        }
        if (looksBinary(head) || looksLikeMarkup(head)) {
            throw Rejections.unknownFormat(fileName);
        }
        return FileFormat.CSV;
    }

    /**
     * OLE2 is the container of old .xls, but also of a password-protected .xlsx (which must not be
     * called old .xls) and of old Word files. One that cannot even be listed is most likely a damaged .xls.
     */
    private static FileRejectedException ole2Rejection(Path file, String fileName) {
        try (POIFSFileSystem fs = new POIFSFileSystem(file.toFile(), true)) {
            var root = fs.getRoot();
            if (root.hasEntryCaseInsensitive("EncryptedPackage")) {
                return Rejections.badXlsx(fileName);
            }
            boolean workbook = root.hasEntryCaseInsensitive("Workbook") || root.hasEntryCaseInsensitive("Book");
            return workbook ? Rejections.legacyXls(fileName) : Rejections.unknownFormat(fileName);
        } catch (IOException | RuntimeException e) {
            return Rejections.legacyXls(fileName);
        }
    }

    /**
     * Streams the whole file but stops at the first visible byte, so a normal file costs one read.
     * NUL counts as blank only after a UTF-16 BOM, where every ASCII space carries one.
     */
    private static boolean isBlank(Path file, String fileName) {
        try (InputStream in = new BufferedInputStream(Files.newInputStream(file))) {
            byte[] start = in.readNBytes(3);
            boolean utf16 = FileBytes.hasUtf16Bom(start);
            int skip = FileBytes.hasUtf8Bom(start) ? 3 : utf16 ? 2 : 0;
            for (int i = skip; i < start.length; i++) {
                if (!isBlankByte(start[i], utf16)) {
                    return false;
                }
            }
            for (int b = in.read(); b >= 0; b = in.read()) {
                if (!isBlankByte((byte) b, utf16)) {
                    return false;
                }
            }
            return true;
        } catch (IOException e) {
            throw Rejections.readError(fileName);
        }
    }

    private static boolean isBlankByte(byte b, boolean utf16) {
        return b == ' ' || b == '\t' || b == '\r' || b == '\n' || b == '\f' || b == 0x0B || (utf16 && b == 0);
    }

    /**
     * NUL never occurs in UTF-8 or GBK text. Other control bytes occur rarely in real exports (a stray
     * Ctrl-Z, a vertical tab from an Excel line break), so only a noticeable share of them means binary.
     */
    private static boolean looksBinary(byte[] head) {
        int controls = 0;
        for (byte b : head) {
            if (b == 0) {
                return true;
            }
            if ((b >= 0 && b < 0x20 && b != '\t' && b != '\n' && b != '\r' && b != '\f' && b != 0x0B
                    && b != 0x1A && b != 0x1B) || b == 0x7F) {
                controls++;
            }
        }
        return controls > 2 + head.length / 100;
    }

    private static boolean looksLikeMarkup(byte[] head) {
        String text = new String(head, 0, Math.min(head.length, 512), StandardCharsets.ISO_8859_1)
                .replace("\u00EF\u00BB\u00BF", "").stripLeading().toLowerCase(Locale.ROOT);
        return MARKUP.stream().anyMatch(text::startsWith);
    }
}

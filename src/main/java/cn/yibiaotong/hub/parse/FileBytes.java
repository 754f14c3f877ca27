package cn.yibiaotong.hub.parse;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/** The first bytes of a file, enough to recognise it without reading the rest. */
final class FileBytes {

    private FileBytes() {
    }

    /** @return at most {@code max} bytes; fewer only when the file is shorter */
    static byte[] head(Path file, int max, String fileName) {
        try (InputStream in = Files.newInputStream(file)) {
            return in.readNBytes(max);
        } catch (IOException e) {
            throw Rejections.readError(fileName);
        }
    }

    static boolean startsWith(byte[] data, int... prefix) {
        if (data.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((data[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    static boolean hasUtf8Bom(byte[] data) {
        return startsWith(data, 0xEF, 0xBB, 0xBF);
    }

    /** UTF-32 little-endian starts with the same two bytes, and is refused the same way. */
    static boolean hasUtf16Bom(byte[] data) {
        return startsWith(data, 0xFF, 0xFE) || startsWith(data, 0xFE, 0xFF);
    }
}

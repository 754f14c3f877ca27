package cn.yibiaotong.hub.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/** A request body to a file, stopping once it passes a limit: a chunked body declares no length to check first. */
final class LimitedCopy {

    private LimitedCopy() {
    }

    /** @return bytes copied, or -1 when the body is larger than {@code max} (the file is then incomplete) */
    static long copy(InputStream in, Path target, long max) throws IOException {
        byte[] buffer = new byte[64 * 1024];
        long total = 0;
        try (OutputStream out = Files.newOutputStream(target)) {
            for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
                total += n;
                if (total > max) {
                    return -1;
                }
                out.write(buffer, 0, n);
            }
        }
        return total;
    }
}

package cn.yibiaotong.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a unified JVM GC log ({@code -Xlog:gc:file=…:uptimemillis}). Heap used just before each collection is the
 * highest it got (garbage included); just after is what was still reachable. Both maxima are reported.
 */
final class GcLog {

    private static final Pattern PAUSE = Pattern.compile(
            "^\\[(\\d+)ms].*Pause.* (\\d+)([KMG])->(\\d+)([KMG])\\((\\d+)([KMG])\\)");

    record Peak(long collections, double beforeMb, double afterMb, double committedMb) {
        @Override
        public String toString() {
            return collections == 0 ? "no GC in window"
                    : String.format("peak heap used %.0f MB (after GC max %.0f MB, committed %.0f MB, %d GCs)",
                    beforeMb, afterMb, committedMb, collections);
        }
    }

    private final Path file;

    GcLog(Path file) {
        this.file = file;
    }

    Peak peak(double fromUptime, double toUptime) {
        List<String> lines;
        try {
            lines = Files.readAllLines(file);
        } catch (IOException e) {
            return new Peak(0, 0, 0, 0);
        }
        long n = 0;
        double before = 0;
        double after = 0;
        double committed = 0;
        for (String line : lines) {
            Matcher m = PAUSE.matcher(line);
            if (!m.find()) {
                continue;
            }
            double t = Long.parseLong(m.group(1)) / 1000.0;
            if (t < fromUptime || t > toUptime) {
                continue;
            }
            n++;
            before = Math.max(before, mb(m.group(2), m.group(3)));
            after = Math.max(after, mb(m.group(4), m.group(5)));
            committed = Math.max(committed, mb(m.group(6), m.group(7)));
        }
        return new Peak(n, before, after, committed);
    }

    private static double mb(String n, String unit) {
        double v = Double.parseDouble(n);
        return switch (unit) {
            case "K" -> v / 1024;
            case "G" -> v * 1024;
            default -> v;
        };
    }
}

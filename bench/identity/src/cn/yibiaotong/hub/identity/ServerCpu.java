package cn.yibiaotong.hub.identity;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/**
 * CPU time of a database server's processes (Linux /proc): the postmaster started on the given data directory and
 * its children (one backend per pooled connection), so that a run on PostgreSQL reports what the server spent too.
 */
final class ServerCpu {

    private static final double TICKS = 100.0;

    private ServerCpu() {
    }

    /** Seconds of user and system time of the server's processes so far; 0 when /proc cannot say. */
    static double seconds(Path dataDirectory) {
        String dir = dataDirectory.toAbsolutePath().toString();
        try (Stream<Path> procs = Files.list(Path.of("/proc"))) {
            long postmaster = procs.filter(p -> p.getFileName().toString().matches("\\d+"))
                    .filter(p -> cmdline(p).contains(dir)).mapToLong(p -> Long.parseLong(p.getFileName().toString()))
                    .min().orElse(-1);
            if (postmaster < 0) {
                return 0;
            }
            try (Stream<Path> all = Files.list(Path.of("/proc"))) {
                return all.filter(p -> p.getFileName().toString().matches("\\d+")).mapToLong(p -> {
                    String[] f = stat(p);
                    if (f == null) {
                        return 0;
                    }
                    long pid = Long.parseLong(p.getFileName().toString());
                    boolean ours = pid == postmaster || Long.parseLong(f[1]) == postmaster;
                    return ours ? Long.parseLong(f[11]) + Long.parseLong(f[12]) : 0;
                }).sum() / TICKS;
            }
        } catch (IOException | RuntimeException e) {
            return 0;
        }
    }

    private static String cmdline(Path proc) {
        try {
            return Files.readString(proc.resolve("cmdline")).replace('\0', ' ');
        } catch (IOException | RuntimeException e) {
            return "";
        }
    }

    /** The fields after the command name of /proc/pid/stat: [0] state, [1] ppid, … [11] utime, [12] stime. */
    private static String[] stat(Path proc) {
        try {
            String s = Files.readString(proc.resolve("stat"));
            return s.substring(s.lastIndexOf(')') + 2).split(" ");
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }
}

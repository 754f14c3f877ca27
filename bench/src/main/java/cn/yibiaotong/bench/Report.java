package cn.yibiaotong.bench;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** A benchmark's figures, printed and written to bench/out/<name>-<time>.txt as they are measured. */
final class Report implements AutoCloseable {

    static final Path OUT = Path.of("bench/out");

    private final PrintWriter file;

    Report(String name) throws IOException {
        Files.createDirectories(OUT);
        String stamp = OffsetDateTime.now(ZoneOffset.UTC).format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss"));
        Path path = OUT.resolve(name + "-" + stamp + ".txt");
        this.file = new PrintWriter(Files.newBufferedWriter(path, StandardCharsets.UTF_8), true);
        line("# " + name + " " + OffsetDateTime.now(ZoneOffset.UTC) + " -> " + path);
        line("machine: " + machine());
    }

    void line(String format, Object... args) {
        String s = args.length == 0 ? format : String.format(Locale.ROOT, format, args);
        System.out.println(s);
        file.println(s);
    }

    /** Cores, memory, JDK and the load on the machine right now (other people's builds share it). */
    static String machine() {
        String mem = "?";
        String load = "?";
        try {
            mem = Files.readAllLines(Path.of("/proc/meminfo")).get(0).replaceAll("\\s+", " ");
            load = Files.readString(Path.of("/proc/loadavg")).strip();
        } catch (IOException | RuntimeException ignored) {
            // not Linux: leave the figures out
        }
        return String.format("nproc=%d, %s, JDK %s (%s), loadavg %s", Runtime.getRuntime().availableProcessors(), mem,
                System.getProperty("java.runtime.version"), System.getProperty("java.vm.name"), load);
    }

    /** The 1-minute load average now, "?" where unknown. */
    static String loadAverage() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).split(" ")[0];
        } catch (IOException | RuntimeException e) {
            return "?";
        }
    }

    @Override
    public void close() {
        line("# load at end: " + machine());
        file.close();
    }
}

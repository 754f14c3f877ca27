package cn.yibiaotong.bench;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Benchmark 3 of bench/README.md: a street roster workbook (XLSX, title row, text cells) through the real hub,
 * streaming, with a small heap. BENCH_XLSX_ROWS (100000), BENCH_RUNS (2), BENCH_HEAP (-Xmx256m).
 */
public final class XlsxBench {

    private XlsxBench() {
    }

    public static void main(String[] args) throws Exception {
        long rows = Settings.number("BENCH_XLSX_ROWS", 100_000);
        int runs = Settings.runs();
        String heap = System.getenv().getOrDefault("BENCH_HEAP", "-Xmx256m");
        try (Report report = new Report("xlsx"); H2Target h2 = new H2Target(Report.OUT.resolve("h2"))) {
            long t0 = System.nanoTime();
            Path file = new RosterFiles(Report.OUT.resolve("data")).xlsx(rows);
            long bad = RosterFiles.badRows(rows);
            report.line("file: %s (%d MB), %d rows, %d bad; ready in %.1f s", file.getFileName(), file.toFile().length() >> 20,
                    rows, bad, (System.nanoTime() - t0) / 1e9);
            List<Double> times = new ArrayList<>();
            for (int run = 1; run <= runs; run++) {
                try (HubProcess hub = HubProcess.start("xlsx-run" + run, heap, Report.OUT, h2.hubArgs("xlsx_run" + run), h2.hubEnv())) {
                    double from = hub.uptime();
                    double cpuFrom = hub.cpuSeconds();
                    HubClient.Upload up = new HubClient(hub.base).upload(file);
                    double to = hub.uptime();
                    double cpu = hub.cpuSeconds() - cpuFrom;
                    boolean ok = up.count("accepted") == rows - bad && up.count("rejected") == bad;
                    report.line("run %d/%d, hub heap %s: %.1f s, %.0f rows/s, hub CPU %.1f s, %s [%s] %s (load %s)", run,
                            runs, heap, up.seconds(), rows / up.seconds(), cpu, hub.heapBetween(from, to), up.summary(),
                            ok ? "counts as expected" : "COUNTS DIFFER: expected rejected=" + bad, Report.loadAverage());
                    times.add(up.seconds());
                }
            }
            report.line("SUMMARY XLSX %d rows into H2 with %s: %s s", rows, heap, IngestBench.spread(times));
        }
    }
}

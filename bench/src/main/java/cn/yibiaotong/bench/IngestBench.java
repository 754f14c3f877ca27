package cn.yibiaotong.bench;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * Benchmarks 1 and 2 of bench/README.md: a district's resident file through the real hub (upload, parse, map,
 * validate, resolve, upsert with provenance) into H2 or PostgreSQL, then the same file again unchanged, then with
 * 1 % of rows changed; in the same run the database's own bulk load and a naive Camel route, and the ratios.
 * Usage: {@code IngestBench h2|pg}; BENCH_ROWS (1000000), BENCH_RUNS (2), BENCH_NAIVE_SECONDS (180), BENCH_HEAP (-Xmx512m).
 */
public final class IngestBench {

    private IngestBench() {
    }

    public static void main(String[] args) throws Exception {
        boolean pg = args.length > 0 && args[0].equals("pg");
        long rows = Settings.rows();
        int runs = Settings.runs();
        String heap = System.getenv().getOrDefault("BENCH_HEAP", "-Xmx512m");
        String name = "ingest-" + (pg ? "pg" : "h2");
        try (Report report = new Report(name)) {
            RosterFiles files = new RosterFiles(Report.OUT.resolve("data"));
            long t0 = System.nanoTime();
            Path original = files.csv(rows, 0);
            Path changed = files.csv(rows, 100);
            long bad = RosterFiles.badRows(rows);
            long changes = RosterFiles.changedRows(rows, 100);
            report.line("files: %s (%d MB), %s; %d rows, %d bad, %d changed in the second; ready in %.1f s",
                    original.getFileName(), original.toFile().length() >> 20, changed.getFileName(), rows, bad, changes,
                    (System.nanoTime() - t0) / 1e9);
            List<Double> ratiosBulk = new ArrayList<>();
            List<Double> hubTimes = new ArrayList<>();
            List<Double> unchangedTimes = new ArrayList<>();
            try (Target target = pg ? new PostgresTarget(Report.OUT.resolve("pg")) : new H2Target(Report.OUT.resolve("h2"))) {
                for (int run = 1; run <= runs; run++) {
                    String db = "hub_run" + run;
                    report.line("## run %d/%d on %s, hub heap %s", run, runs, target.name(), heap);
                    try (HubProcess hub = HubProcess.start(name + "-run" + run, heap, Report.OUT, target.hubArgs(db), target.hubEnv())) {
                        HubClient client = new HubClient(hub.base);
                        double first = phase(report, hub, client, target, "first ingest", original, rows, rows - bad, bad, 0);
                        double again = phase(report, hub, client, target, "re-ingest unchanged", original, rows, 0, bad,
                                rows - bad);
                        phase(report, hub, client, target, "re-ingest 1% changed", changed, rows, changes, bad,
                                rows - bad - changes);
                        hubTimes.add(first);
                        unchangedTimes.add(again);
                    }
                    report.line("hub database on disk after the three uploads: %d MB", target.hubDatabaseBytes(db) >> 20);
                    String compacted = target.compactOffline(db);
                    if (!compacted.isEmpty()) {
                        report.line("%s", compacted);
                    }
                    double cpuBefore = driverCpuSeconds();
                    ServerCpu bulkServer = ServerCpu.from(target::serverProcesses);
                    double bulk = target.bulkLoad(original);
                    report.line("bulk load (%s): %.1f s, %.0f rows/s, CPU %.1f s%s", pg ? "COPY + 4 indexes" : "CREATE TABLE AS SELECT * FROM CSVREAD + 4 indexes",
                            bulk, rows / bulk, driverCpuSeconds() - cpuBefore, serverCpu(bulkServer));
                    report.line("RATIO run %d: hub/bulk = %.2f (bar <= 2.00), unchanged re-ingest/bulk = %.2f (bar <= 1.00)",
                            run, hubTimes.get(run - 1) / bulk, unchangedTimes.get(run - 1) / bulk);
                    ratiosBulk.add(hubTimes.get(run - 1) / bulk);
                }
                Duration cap = Duration.ofSeconds(Settings.number("BENCH_NAIVE_SECONDS", 180));
                double naiveCpuBefore = driverCpuSeconds();
                ServerCpu naiveServer = ServerCpu.from(target::serverProcesses);
                NaiveRoute.Result naive = NaiveRoute.run(target.naiveDataSource(), original, cap);
                double naiveCpu = driverCpuSeconds() - naiveCpuBefore;
                String naiveServerCpu = serverCpu(naiveServer);
                double naiveSeconds = naive.secondsFor(rows);
                report.line("naive Camel route (CSV unmarshal, split, one INSERT per row via camel-jdbc, auto-commit, into a table "
                                + "with the bulk table's 4 indexes): %d rows in %.1f s, %.0f rows/s, CPU %.1f s%s%s", naive.rows(),
                        naive.seconds(), naive.rowsPerSecond(), naiveCpu, naiveServerCpu,
                        naive.finished() ? "" : String.format(", stopped at the %d s cap: whole file extrapolated to %.0f s",
                                cap.toSeconds(), naiveSeconds));
                for (int i = 0; i < hubTimes.size(); i++) {
                    report.line("RATIO run %d: hub/naive = %.3f, naive/hub = %.2f (bar: naive/hub >= 10)", i + 1,
                            hubTimes.get(i) / naiveSeconds, naiveSeconds / hubTimes.get(i));
                }
                report.line("SUMMARY %s: hub first ingest %s s; unchanged %s s; hub/bulk %s", target.name(),
                        spread(hubTimes), spread(unchangedTimes), spread(ratiosBulk));
            }
        }
    }

    /** One upload, checked against what the file must give, with its time, rate and the hub's peak heap. */
    private static double phase(Report report, HubProcess hub, HubClient client, Target target, String label, Path file,
                                long rows, long accepted, long rejected, long unchanged) throws Exception {
        double from = hub.uptime();
        double cpuFrom = hub.cpuSeconds();
        ServerCpu server = ServerCpu.from(target::serverProcesses);
        HubClient.Upload up = client.upload(file);
        double to = hub.uptime();
        double cpu = hub.cpuSeconds() - cpuFrom;
        String serverCpu = serverCpu(server);
        boolean ok = up.count("received") == rows && up.count("accepted") == accepted && up.count("rejected") == rejected
                && up.count("unchanged") == unchanged;
        report.line("%-22s %7.1f s  %8.0f rows/s  hub CPU %.1f s%s  %s  [%s]  %s  (load %s)", label, up.seconds(),
                rows / up.seconds(), cpu, serverCpu, hub.heapBetween(from, to), up.summary(), ok ? "counts as expected"
                        : "COUNTS DIFFER: expected accepted=" + accepted + " rejected=" + rejected + " unchanged=" + unchanged,
                Report.loadAverage());
        return up.seconds();
    }

    /** ", server CPU x s" for a database server apart from the hub (PostgreSQL), else nothing. */
    private static String serverCpu(ServerCpu server) {
        double seconds = server.seconds();
        return Double.isNaN(seconds) ? "" : String.format(", server CPU %.1f s", seconds);
    }

    /** CPU seconds of this driver's process: the in-process H2 baselines run here (and PostgreSQL's client side). */
    static double driverCpuSeconds() {
        return ((com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime() / 1e9;
    }

    static String spread(List<Double> values) {
        List<Double> sorted = values.stream().sorted().toList();
        double median = sorted.size() % 2 == 1 ? sorted.get(sorted.size() / 2)
                : (sorted.get(sorted.size() / 2 - 1) + sorted.get(sorted.size() / 2)) / 2;
        return String.format("median %.2f (min %.2f, max %.2f, n=%d)", median, sorted.get(0), sorted.get(sorted.size() - 1),
                sorted.size());
    }
}

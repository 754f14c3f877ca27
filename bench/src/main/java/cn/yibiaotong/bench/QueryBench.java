package cn.yibiaotong.bench;

import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Function;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

/**
 * Benchmark 4 of bench/README.md: the query API at a district's size (the resident file's residents in H2), 32
 * concurrent clients over HTTP, idle and while a re-upload of the whole file (1 % changed) runs. The database is
 * kept in bench/out/h2/queries.mv.db between runs; the first run ingests the file into it. BENCH_ROWS (1000000), BENCH_CLIENTS (32), BENCH_QUERY_SECONDS (20), BENCH_HEAP (-Xmx512m).
 * Case statistics are left out until the case module lands.
 */
public final class QueryBench {

    private static final String[] ITEMS = {"welfare.assistance_type", "disability.category", "veteran.status"};

    private QueryBench() {
    }

    public static void main(String[] args) throws Exception {
        long rows = Settings.rows();
        int clients = (int) Settings.number("BENCH_CLIENTS", 32);
        Duration window = Duration.ofSeconds(Settings.number("BENCH_QUERY_SECONDS", 20));
        String heap = System.getenv().getOrDefault("BENCH_HEAP", "-Xmx512m");
        try (Report report = new Report("queries")) {
            RosterFiles files = new RosterFiles(Report.OUT.resolve("data"));
            Path original = files.csv(rows, 0);
            Path changed = files.csv(rows, 100);
            Path dir = Files.createDirectories(Report.OUT.resolve("h2")).toAbsolutePath();
            List<String> ids = sampleIds(original, 5000);
            List<String> communities = Communities.load(Path.of("config/divisions/longquanyi.csv"),
                    Path.of("config/grids.csv")).all().stream().map(Communities.Community::code).toList();
            List<String> hubArgs = List.of("--spring.datasource.url=jdbc:h2:file:" + dir.resolve("queries") + ";DB_CLOSE_ON_EXIT=FALSE");
            try (HubProcess hub = HubProcess.start("queries", heap, Report.OUT, hubArgs, Map.of())) {
                HubClient client = new HubClient(hub.base);
                long residents = client.get("/api/residents?division=510112&size=1").path("totalElements").asLong();
                if (residents < ids.size()) {
                    HubClient.Upload up = client.upload(original);
                    report.line("loaded the file first: %.1f s, %s", up.seconds(), up.summary());
                    residents = client.get("/api/residents?division=510112&size=1").path("totalElements").asLong();
                }
                if ("1".equals(System.getenv("BENCH_QUERY_LOAD_ONLY"))) {
                    report.line("%d residents in the hub; BENCH_QUERY_LOAD_ONLY=1: database ready, no queries run", residents);
                    return;
                }
                report.line("%d residents in the hub; %d clients, %d s per window, hub heap %s, default pool sizes "
                        + "(Tomcat 200 threads, Hikari 10 connections)", residents, clients, window.toSeconds(), heap);
                Map<String, Function<ThreadLocalRandom, String>> kinds = Map.of(
                        "resident by ID", r -> "/api/residents/" + ids.get(r.nextInt(ids.size())),
                        "community + item", r -> "/api/residents?division=" + communities.get(r.nextInt(communities.size()))
                                + "&item=" + ITEMS[r.nextInt(ITEMS.length)],
                        "community page", r -> "/api/residents?division=" + communities.get(r.nextInt(communities.size())));
                List<String> order = List.of("resident by ID", "community + item", "community page");
                LoadRun load = new LoadRun(hub.base);
                load.run(clients, Duration.ofSeconds(5), kinds.get("resident by ID"));   // warm-up, not reported
                for (String kind : order) {
                    report.line("idle          %-17s %s", kind, load.run(clients, window, kinds.get(kind)));
                }
                Path last = dir.resolve("queries.last-upload");
                Path next = Files.exists(last) && Files.readString(last).strip().equals(changed.getFileName().toString())
                        ? original : changed;
                Files.writeString(last, next.getFileName().toString());
                double from = hub.uptime();
                CompletableFuture<HubClient.Upload> ingest = CompletableFuture.supplyAsync(() -> {
                    try {
                        return new HubClient(hub.base).upload(next);
                    } catch (Exception e) {
                        throw new IllegalStateException(e);
                    }
                });
                for (String kind : order) {
                    LoadRun.Stats stats = load.run(clients, window, kinds.get(kind));
                    report.line("during ingest %-17s %s%s", kind, stats, ingest.isDone() ? "  (ingest had ENDED before this window closed)" : "");
                }
                HubClient.Upload up = ingest.get();
                report.line("the concurrent ingest (%s, 1%% of rows changed): %.1f s, %s; %s", next.getFileName(), up.seconds(),
                        up.summary(), hub.heapBetween(from, hub.uptime()));
                report.line("case statistics (GET /api/cases/stats): not measured, the case module has not landed; rerun once it has");
            }
        }
    }

    private static List<String> sampleIds(Path csv, int count) throws Exception {
        List<String> ids = new ArrayList<>();
        long rows = Settings.rows();
        long step = Math.max(1, rows / count);
        try (Reader in = Files.newBufferedReader(csv, StandardCharsets.UTF_8)) {
            long i = 0;
            for (CSVRecord r : CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(in)) {
                if (i % step == 0 && !RosterGenerator.isBad(i)) {
                    ids.add(r.get(2));
                }
                i++;
            }
        }
        return ids;
    }

}

package cn.yibiaotong.bench;

import java.io.Reader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Function;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

/**
 * Benchmark 4 of bench/README.md: the query API at a district's size (the resident file's residents and a year of
 * cases in H2, or with argument {@code pg} in PostgreSQL), 32 concurrent clients over HTTP, idle and while a
 * re-upload of the whole file (1 % changed) runs. The database is kept between runs (H2: bench/out/h2/queries-ROWS.mv.db;
 * PostgreSQL: database queries_ROWS of the server kept in bench/out/pg-queries/data); the first run ingests the file
 * and sends the cases through the hub. BENCH_ROWS (1000000), BENCH_CASES (30000), BENCH_CLIENTS (32), BENCH_QUERY_SECONDS
 * (20), BENCH_HEAP (-Xmx512m), BENCH_QUERY_LOAD_ONLY (1: build the database, run no queries), BENCH_QUERY_INGEST
 * (0: skip the windows during an ingest), BENCH_QUERY_INGEST_ROWS (rows of the upload beside them; all of the file).
 */
public final class QueryBench {

    private static final String[] ITEMS = {"welfare.assistance_type", "disability.category", "veteran.status"};
    private static final String[] LEVELS = {"county", "town", "village"};

    private QueryBench() {
    }

    public static void main(String[] args) throws Exception {
        long rows = Settings.rows();
        long cases = Settings.number("BENCH_CASES", 30_000);
        int clients = (int) Settings.number("BENCH_CLIENTS", 32);
        Duration window = Duration.ofSeconds(Settings.number("BENCH_QUERY_SECONDS", 20));
        String heap = System.getenv().getOrDefault("BENCH_HEAP", "-Xmx512m");
        boolean pg = args.length > 0 && args[0].equals("pg");
        String name = pg ? "queries-pg" : "queries";
        try (Report report = new Report(name);
             Target target = pg ? PostgresTarget.kept(Report.OUT.resolve("pg-queries")) : new H2Target(Report.OUT.resolve("h2"))) {
            RosterFiles files = new RosterFiles(Report.OUT.resolve("data"));
            Path original = files.csv(rows, 0);
            // the upload that runs beside the second set of windows: the file's first rows with 1 % changed (the same
            // residents, since the generator is one seeded stream), all of them unless BENCH_QUERY_INGEST_ROWS says fewer
            long ingestRows = Settings.number("BENCH_QUERY_INGEST_ROWS", rows);
            Path changed = files.csv(ingestRows, 100);
            Path unchanged = ingestRows == rows ? original : files.csv(ingestRows, 0);
            Path dir = target.dir();
            List<String> ids = sampleIds(original, 5000);
            List<String> communities = Communities.load(Path.of("config/divisions/longquanyi.csv"),
                    Path.of("config/grids.csv")).all().stream().map(Communities.Community::code).toList();
            // H2 with the product's URL settings (config/application.yaml: WRITE_DELAY=0, every commit written before it
            // answers; its page cache), PostgreSQL with durable commits, as in production
            List<String> hubArgs = target.keptHubArgs("queries-" + rows);
            try (HubProcess hub = HubProcess.start(name, heap, Report.OUT, hubArgs, target.hubEnv())) {
                HubClient client = new HubClient(hub.base);
                long residents = client.get("/api/residents?division=510112&size=1").path("totalElements").asLong();
                if (residents < ids.size()) {
                    HubClient.Upload up = client.upload(original);
                    report.line("loaded the file first: %.1f s, %s", up.seconds(), up.summary());
                    residents = client.get("/api/residents?division=510112&size=1").path("totalElements").asLong();
                }
                String bearer = "Bearer " + token(hub.base);
                long present = client.get("/api/cases?size=1").path("totalElements").asLong();
                if (present < cases) {
                    report.line("sent cases %d–%d through POST /api/cases (16 clients): %s", present, cases,
                            new CaseLoad(hub.base, bearer, communities).send(present, cases, 16));
                }
                long held = client.get("/api/cases?size=1").path("totalElements").asLong();
                if ("1".equals(System.getenv("BENCH_QUERY_LOAD_ONLY"))) {
                    report.line("%d residents, %d cases in the hub; BENCH_QUERY_LOAD_ONLY=1: database ready, no queries run",
                            residents, held);
                    return;
                }
                report.line("%d residents, %d cases in %s; %d clients as the administrator (bearer token), %d s per "
                        + "window, hub heap %s", residents, held, target.name(), clients, window.toSeconds(), heap);
                Map<String, Function<ThreadLocalRandom, String>> kinds = new LinkedHashMap<>();
                kinds.put("resident by ID", r -> "/api/residents/" + ids.get(r.nextInt(ids.size())));
                kinds.put("community + item", r -> "/api/residents?division=" + communities.get(r.nextInt(communities.size()))
                        + "&item=" + ITEMS[r.nextInt(ITEMS.length)]);
                kinds.put("community page", r -> "/api/residents?division=" + communities.get(r.nextInt(communities.size())));
                kinds.put("case stats", r -> "/api/cases/stats?by=division&level=" + LEVELS[r.nextInt(LEVELS.length)]);
                // BENCH_QUERY_KINDS: the first words of the kinds to measure (e.g. "resident,community"), to profile one
                String only = System.getenv("BENCH_QUERY_KINDS");
                if (only != null && !only.isBlank()) {
                    List<String> wanted = List.of(only.strip().split("\\s*,\\s*"));
                    kinds.keySet().removeIf(k -> wanted.stream().noneMatch(k::startsWith));
                }
                LoadRun load = new LoadRun(hub.base, bearer, hub.handle(), target::serverProcesses);
                // warm-up, not reported: every kind to be measured, mixed, so that no window starts with code the JIT has
                // not seen; BENCH_QUERY_WARMUP seconds (5): on two shared cores the JIT is still compiling well after that
                List<Function<ThreadLocalRandom, String>> mixed = List.copyOf(kinds.values());
                load.run(clients, Duration.ofSeconds(Settings.number("BENCH_QUERY_WARMUP", 5)),
                        r -> mixed.get(r.nextInt(mixed.size())).apply(r));
                for (Map.Entry<String, Function<ThreadLocalRandom, String>> kind : kinds.entrySet()) {
                    report.line("idle          %-17s %s  (load %s)", kind.getKey(), load.run(clients, window, kind.getValue()),
                            Report.loadAverage());
                }
                if ("0".equals(System.getenv("BENCH_QUERY_INGEST"))) {
                    return;
                }
                Path last = dir.resolve("queries-" + rows + ".last-upload");
                Path next = Files.exists(last) && Files.readString(last).strip().equals(changed.getFileName().toString())
                        ? unchanged : changed;
                Files.writeString(last, next.getFileName().toString());
                double from = hub.uptime();
                CompletableFuture<HubClient.Upload> ingest = CompletableFuture.supplyAsync(() -> {
                    try {
                        return new HubClient(hub.base).upload(next);
                    } catch (Exception e) {
                        throw new IllegalStateException(e);
                    }
                });
                for (Map.Entry<String, Function<ThreadLocalRandom, String>> kind : kinds.entrySet()) {
                    LoadRun.Stats stats = load.run(clients, window, kind.getValue());
                    report.line("during ingest %-17s %s  (load %s)%s", kind.getKey(), stats, Report.loadAverage(),
                            ingest.isDone() ? "  (ingest had ENDED before this window closed)" : "");
                }
                HubClient.Upload up = ingest.get();
                report.line("the concurrent ingest (%s): %.1f s, %s; %s", next.getFileName(), up.seconds(),
                        up.summary(), hub.heapBetween(from, hub.uptime()));
            }
        }
    }

    /** A personal token of the bench's administrator: a bearer token costs a hash look-up, a password a BCrypt check. */
    private static String token(URI base) throws Exception {
        String basic = "Basic " + Base64.getEncoder().encodeToString((HubClient.ADMIN + ":" + HubClient.ADMIN_PASSWORD)
                .getBytes(StandardCharsets.UTF_8));
        HttpResponse<String> r = HttpClient.newHttpClient().send(HttpRequest.newBuilder(base.resolve("/api/me/tokens"))
                .header("Authorization", basic).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"label\":\"query bench\"}")).build(),
                HttpResponse.BodyHandlers.ofString());
        if (r.statusCode() != 201) {
            throw new IllegalStateException("no token: HTTP " + r.statusCode() + " " + r.body());
        }
        return HubClient.JSON.readTree(r.body()).path("key").asText();
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

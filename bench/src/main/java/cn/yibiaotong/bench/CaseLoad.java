package cn.yibiaotong.bench;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * A district's year of cases for the statistics roll-up, through the hub's own intake (POST /api/cases, the way the
 * 12345 hotline's connector and the grid workers' app send them): received over the last 365 days, in every
 * community, every matter of config/matters.yaml. Reproducible from the case number; each has its own hotline
 * reference, so a rerun that finds some cases already in the hub adds only the missing ones.
 */
final class CaseLoad {

    private static final String[] MATTERS = {"001", "002", "003", "004", "005", "006", "007", "008", "009", "010", "011", "012"};
    private static final String[] TITLES = {"楼道堆放杂物", "小区路灯不亮", "噪音扰民", "占道经营", "下水道堵塞", "邻里纠纷",
        "垃圾清运不及时", "电动车违规充电", "低保咨询", "物业收费争议", "违章搭建", "户籍迁移咨询"};

    record Outcome(long created, long linked, long already, long errors, double seconds) {
        @Override
        public String toString() {
            return String.format("%d created, %d linked to an earlier case, %d already received, %d errors in %.1f s (%.0f cases/s)",
                    created, linked, already, errors, seconds, (created + linked + already) / seconds);
        }
    }

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    private final URI base;
    private final String authorization;
    private final List<String> communities;

    CaseLoad(URI base, String authorization, List<String> communities) {
        this.base = base;
        this.authorization = authorization;
        this.communities = communities;
    }

    /** Sends cases number {@code from} (inclusive) to {@code to} (exclusive) with {@code clients} parallel senders. */
    Outcome send(long from, long to, int clients) throws Exception {
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.ofHours(8));
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        long t0 = System.nanoTime();
        List<Future<long[]>> parts = new ArrayList<>();
        for (int c = 0; c < clients; c++) {
            int client = c;
            parts.add(pool.submit(() -> {
                long[] counts = new long[4];
                for (long n = from + client; n < to; n += clients) {
                    HttpResponse<String> r = http.send(HttpRequest.newBuilder(base.resolve("/api/cases"))
                            .header("Authorization", authorization).header("Content-Type", "application/json")
                            .POST(HttpRequest.BodyPublishers.ofString(body(n, now).toString(), StandardCharsets.UTF_8))
                            .timeout(Duration.ofSeconds(60)).build(), HttpResponse.BodyHandlers.ofString());
                    String outcome = r.statusCode() < 300 ? HubClient.JSON.readTree(r.body()).path("outcome").asText() : "";
                    counts[switch (outcome) { case "created" -> 0; case "linked" -> 1; case "already-received" -> 2; default -> 3; }]++;
                }
                return counts;
            }));
        }
        long[] total = new long[4];
        for (Future<long[]> f : parts) {
            long[] c = f.get();
            for (int i = 0; i < 4; i++) {
                total[i] += c[i];
            }
        }
        pool.shutdown();
        return new Outcome(total[0], total[1], total[2], total[3], (System.nanoTime() - t0) / 1e9);
    }

    private ObjectNode body(long n, OffsetDateTime now) {
        Random r = new Random(n * 1_000_003L);
        int matter = r.nextInt(MATTERS.length);
        ObjectNode b = HubClient.JSON.createObjectNode().put("channel", "hotline").put("externalRef", String.format("BENCH-%08d", n))
                .put("matter", MATTERS[matter]).put("title", TITLES[matter])
                .put("description", "市民来电反映：" + TITLES[matter] + "，请尽快处理。")
                .put("receivedAt", now.minusMinutes(r.nextInt(365 * 24 * 60)).withNano(0).toString());
        b.putObject("reporter").put("name", "市民" + (n % 997)).put("phone", "138" + String.format("%08d", n % 100_000_000));
        b.putObject("location").put("divisionCode", communities.get(r.nextInt(communities.size())))
                .put("address", "四川省成都市龙泉驿区" + (1 + r.nextInt(400)) + "号");
        return b;
    }
}

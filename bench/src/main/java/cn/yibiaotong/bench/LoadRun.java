package cn.yibiaotong.bench;

import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Function;
import java.util.function.Supplier;
import org.apache.hc.client5.http.config.ConnectionConfig;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.client5.http.impl.classic.HttpClients;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManagerBuilder;
import org.apache.hc.core5.http.ClassicHttpRequest;
import org.apache.hc.core5.http.io.entity.EntityUtils;
import org.apache.hc.core5.http.io.support.ClassicRequestBuilder;
import org.apache.hc.core5.util.Timeout;

/**
 * A closed-loop load generator: N clients, each sending its next request as soon as the last answer arrived, for a
 * fixed time, to the hub on loopback. Latencies are kept whole and sorted for the percentiles.
 */
final class LoadRun {

    /**
     * @param hubCpuMs    CPU time the hub's process used in the window, in ms (all its threads: requests, GC, JIT)
     * @param driverCpuMs the same for this load generator, which shares the machine's cores with the hub
     */
    record Stats(long requests, long errors, double seconds, double p50, double p90, double p99, double max,
                 double hubCpuMs, double driverCpuMs, double serverCpuMs) {
        @Override
        public String toString() {
            long n = Math.max(1, requests);
            return String.format("%6.0f req/s  p50 %6.1f ms  p90 %6.1f ms  p99 %7.1f ms  max %7.1f ms  (%d requests, %d errors)"
                            + "  CPU/request: hub %.2f ms, load generator %.2f ms%s",
                    requests / seconds, p50, p90, p99, max, requests, errors, hubCpuMs / n, driverCpuMs / n,
                    Double.isNaN(serverCpuMs) ? "" : String.format(", database server %.2f ms", serverCpuMs / n));
        }
    }

    /**
     * Apache HttpClient's blocking client, one pooled keep-alive connection per client thread: it costs the shared
     * cores about half the CPU per request that java.net.http did (bench/QUERIES-NOTES.md), CPU the hub then has.
     */
    private final CloseableHttpClient http = HttpClients.custom()
            .setConnectionManager(PoolingHttpClientConnectionManagerBuilder.create().setMaxConnTotal(1024)
                    .setMaxConnPerRoute(1024).setDefaultConnectionConfig(ConnectionConfig.custom()
                            .setConnectTimeout(Timeout.ofSeconds(10)).setSocketTimeout(Timeout.ofSeconds(60)).build())
                    .build())
            .disableAutomaticRetries().disableCookieManagement().disableRedirectHandling().disableContentCompression()
            .build();
    private final URI base;
    private final String authorization;
    private final ProcessHandle hub;
    private final Supplier<List<ProcessHandle>> server;

    /**
     * @param authorization the Authorization header every request carries (a bearer token: no password hash per request)
     * @param hub           the hub's process, whose CPU time per request is reported beside the latencies
     * @param server        the database server's processes when it runs apart from the hub (PostgreSQL), else none
     */
    LoadRun(URI base, String authorization, ProcessHandle hub, Supplier<List<ProcessHandle>> server) {
        this.base = base;
        this.authorization = authorization;
        this.hub = hub;
        this.server = server;
    }

    /** @param query picks a request path (with query string) from a random source */
    Stats run(int clients, Duration duration, Function<ThreadLocalRandom, String> query) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        long end = System.nanoTime() + duration.toNanos();
        double hub0 = ServerCpu.cpuMs(hub);
        double driver0 = ServerCpu.cpuMs(ProcessHandle.current());
        ServerCpu serverCpu = ServerCpu.from(server);
        long t0 = System.nanoTime();
        List<Future<long[]>> results = new ArrayList<>();
        for (int c = 0; c < clients; c++) {
            results.add(pool.submit(() -> {
                long[] lat = new long[1024];
                int n = 0;
                long errors = 0;
                while (System.nanoTime() < end) {
                    ClassicHttpRequest req = ClassicRequestBuilder.get(base.resolve(query.apply(ThreadLocalRandom.current())))
                            .addHeader("Authorization", authorization).build();
                    long s = System.nanoTime();
                    int status;
                    try {
                        status = http.execute(req, response -> {
                            EntityUtils.consume(response.getEntity());
                            return response.getCode();
                        });
                    } catch (java.io.IOException e) {
                        status = -1;
                    }
                    long d = System.nanoTime() - s;
                    if (status != 200) {
                        errors++;
                    }
                    if (n == lat.length) {
                        lat = Arrays.copyOf(lat, n * 2);
                    }
                    lat[n++] = d;
                }
                long[] out = Arrays.copyOf(lat, n + 1);
                out[n] = errors;   // last slot carries the error count
                return out;
            }));
        }
        long errors = 0;
        List<long[]> all = new ArrayList<>();
        for (Future<long[]> f : results) {
            long[] r = f.get();
            errors += r[r.length - 1];
            all.add(Arrays.copyOf(r, r.length - 1));
        }
        double seconds = (System.nanoTime() - t0) / 1e9;
        double hubCpu = ServerCpu.cpuMs(hub) - hub0;
        double driverCpu = ServerCpu.cpuMs(ProcessHandle.current()) - driver0;
        double serverCpuMs = serverCpu.seconds() * 1000;
        pool.shutdown();
        long[] lat = all.stream().flatMapToLong(Arrays::stream).sorted().toArray();
        return new Stats(lat.length, errors, seconds, ms(lat, 0.50), ms(lat, 0.90), ms(lat, 0.99),
                lat.length == 0 ? 0 : lat[lat.length - 1] / 1e6, hubCpu, driverCpu, serverCpuMs);
    }

    private static double ms(long[] sorted, double q) {
        return sorted.length == 0 ? 0 : sorted[(int) Math.min(sorted.length - 1, Math.floor(q * sorted.length))] / 1e6;
    }
}

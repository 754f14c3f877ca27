package cn.yibiaotong.hub.testing;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A department's receiving system on loopback, as a real HTTP server: it can be down (answers 503), slow to
 * answer but having stored the file (stores, then answers 500 so the hub retries), or up. It honours the
 * Idempotency-Key header: a key it has seen is acknowledged again and not counted twice.
 */
public final class DepartmentStub implements AutoCloseable {

    /** One request as received. */
    public record Received(String path, String idempotencyKey, String contentType, byte[] body) {
    }

    private final HttpServer server;
    private final List<Received> requests = new ArrayList<>();
    private final Map<String, byte[]> accepted = new LinkedHashMap<>();
    private final AtomicInteger failNext = new AtomicInteger();
    private final AtomicInteger storeThenFailNext = new AtomicInteger();
    private final AtomicInteger slowNext = new AtomicInteger();
    private volatile long slowMillis;
    private volatile java.util.concurrent.CountDownLatch held;

    public DepartmentStub() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", this::handle);
        // a slow answer must not hold up the next request
        server.setExecutor(java.util.concurrent.Executors.newCachedThreadPool());
        server.start();
    }

    public String url(String path) {
        return "http://127.0.0.1:" + server.getAddress().getPort() + path;
    }

    /** The next {@code n} requests get 503 and are not stored. */
    public void failNext(int n) {
        failNext.set(n);
    }

    /** The next {@code n} requests are stored but answered 500, as when the answer is lost on the way back. */
    public void storeThenFailNext(int n) {
        storeThenFailNext.set(n);
    }

    /** The next {@code n} requests are answered only after {@code millis}: a department that is slow. */
    public void slowNext(int n, long millis) {
        slowMillis = millis;
        slowNext.set(n);
    }

    /**
     * From now on requests are stored (once per key) but answered only after {@link #release()}: the hub can be
     * killed while the department has the delivery and the hub does not know it yet.
     */
    public void holdAnswers() {
        held = new java.util.concurrent.CountDownLatch(1);
    }

    public void release() {
        java.util.concurrent.CountDownLatch h = held;
        held = null;
        if (h != null) {
            h.countDown();
        }
    }

    public synchronized void reset() {
        slowNext.set(0);
        requests.clear();
        accepted.clear();
        failNext.set(0);
        storeThenFailNext.set(0);
    }

    public synchronized List<Received> requests() {
        return List.copyOf(requests);
    }

    /** Deliveries the department counted: one per idempotency key. */
    public synchronized Map<String, byte[]> accepted() {
        return Map.copyOf(accepted);
    }

    private void handle(HttpExchange exchange) throws IOException {
        byte[] body = exchange.getRequestBody().readAllBytes();
        if (slowNext.getAndUpdate(n -> Math.max(0, n - 1)) > 0) {
            try {
                // the server's own slowness, which the hub's timeout must cut short
                Thread.sleep(slowMillis);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            exchange.close();
            return;
        }
        String key = exchange.getRequestHeaders().getFirst("Idempotency-Key");
        int status;
        String answer;
        synchronized (this) {
            requests.add(new Received(exchange.getRequestURI().getPath(), key,
                    exchange.getRequestHeaders().getFirst("Content-Type"), body));
            if (failNext.getAndUpdate(n -> Math.max(0, n - 1)) > 0) {
                status = 503;
                answer = "{\"error\":\"service unavailable\"}";
            } else {
                boolean fresh = key == null || !accepted.containsKey(key);
                if (fresh) {
                    accepted.put(key == null ? "request-" + requests.size() : key, body);
                }
                if (storeThenFailNext.getAndUpdate(n -> Math.max(0, n - 1)) > 0) {
                    status = 500;
                    answer = "{\"error\":\"timeout after storing\"}";
                } else {
                    status = 200;
                    answer = fresh ? "{\"received\":true}" : "{\"received\":true,\"duplicate\":true}";
                }
            }
        }
        java.util.concurrent.CountDownLatch h = held;
        if (h != null) {
            try {
                h.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        byte[] bytes = answer.getBytes(java.nio.charset.StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, bytes.length);
        exchange.getResponseBody().write(bytes);
        exchange.close();
    }

    @Override
    public void close() {
        server.stop(0);
    }
}

package cn.yibiaotong.hub.poll;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * The 人社 system's persons endpoint as a real HTTP server on loopback: {@code GET /rs/persons?since=} answers the
 * persons changed after {@code since} in the department's XML (samples/DEPARTMENTS.md). It can be told to fail with
 * an HTTP status, to answer too slowly, or to answer a fixed body, and it records every request it gets.
 */
final class StubHumanResourcesSystem implements AutoCloseable {

    record Person(String id, String name, String gender, String birthDate, String phone, String employment,
                  String pension, String changedAt, String extra) {
    }

    /** A request as received: its decoded query (null when none) and when it arrived. */
    record Request(String query, long nanos) {
    }

    private final HttpServer server;
    private final ExecutorService executor = Executors.newCachedThreadPool();
    private final List<Person> persons = new CopyOnWriteArrayList<>();
    private final List<Request> requests = new CopyOnWriteArrayList<>();
    private volatile int failStatus;
    private volatile long delayMillis;
    private volatile String fixedBody;

    StubHumanResourcesSystem() {
        try {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        server.createContext("/rs/persons", this::handle);
        server.setExecutor(executor);
        server.start();
    }

    String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/rs/persons";
    }

    String hostAndPort() {
        return "127.0.0.1:" + server.getAddress().getPort();
    }

    void add(Person... people) {
        persons.addAll(List.of(people));
    }

    void failWith(int status) {
        failStatus = status;
    }

    void answerAfter(long millis) {
        delayMillis = millis;
    }

    void answer(String body) {
        fixedBody = body;
    }

    void healthy() {
        failStatus = 0;
        delayMillis = 0;
        fixedBody = null;
    }

    void reset() {
        healthy();
        persons.clear();
        requests.clear();
    }

    List<Request> requests() {
        return List.copyOf(requests);
    }

    private void handle(HttpExchange exchange) throws IOException {
        requests.add(new Request(exchange.getRequestURI().getQuery(), System.nanoTime()));
        try (exchange) {
            if (delayMillis > 0) {
                try {
                    Thread.sleep(delayMillis); // a slow department, not test synchronisation
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
            if (failStatus > 0) {
                exchange.sendResponseHeaders(failStatus, -1);
                return;
            }
            byte[] body = (fixedBody != null ? fixedBody : xml(since(exchange.getRequestURI().getQuery())))
                    .getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().set("Content-Type", "application/xml; charset=UTF-8");
            exchange.sendResponseHeaders(200, body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        } catch (IOException e) {
            // the hub gave up waiting (timeout test): nothing to answer to
        }
    }

    private static LocalDateTime since(String query) {
        if (query == null) {
            return null;
        }
        for (String p : query.split("&")) {
            if (p.startsWith("since=")) {
                return LocalDateTime.parse(p.substring("since=".length()));
            }
        }
        return null;
    }

    private String xml(LocalDateTime since) {
        StringBuilder sb = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<PersonList>\n");
        for (Person p : persons) {
            if (since != null && !LocalDateTime.parse(p.changedAt()).isAfter(since)) {
                continue;
            }
            sb.append("  <Person>\n    <AAC002>").append(p.id()).append("</AAC002><AAC003>").append(p.name())
                    .append("</AAC003><AAC004>").append(p.gender()).append("</AAC004><AAC006>").append(p.birthDate())
                    .append("</AAC006>\n    <AAE005>").append(p.phone()).append("</AAE005><JYZT>").append(p.employment())
                    .append("</JYZT><YLZT>").append(p.pension()).append("</YLZT><AAE036>").append(p.changedAt())
                    .append("</AAE036>").append(p.extra() == null ? "" : p.extra()).append("\n  </Person>\n");
        }
        return sb.append("</PersonList>\n").toString();
    }

    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
    }
}

package cn.yibiaotong.hub.testing;

import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.File;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

/**
 * The hub as an operator runs it: a separate JVM started from the built classes, on its own port, store and drop
 * folders, that a test can kill with SIGKILL ({@link Process#destroyForcibly()} on Linux) and start again on the
 * same data. Its output goes to target/crash-logs/&lt;name&gt;.log, one file across restarts. Requests are signed in
 * with HTTP Basic as the bootstrap admin the hub creates at start-up.
 */
public final class HubProcess implements AutoCloseable {

    private static final Path LOGS = Path.of("target/crash-logs");
    private static final ObjectMapper JSON = new ObjectMapper();

    private final String name;
    private final Path root;
    private final List<String> settings;
    private final String password = UUID.randomUUID().toString();
    private final int port = freePort();
    private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    private Process process;
    private int starts;

    /**
     * @param root     the hub's data folder: drop folders, delivery files and outboxes are resolved under it
     * @param settings further {@code --key=value} arguments (datasource, profile, shorter intervals)
     */
    public HubProcess(String name, Path root, List<String> settings) {
        this.name = name;
        this.root = root;
        this.settings = List.copyOf(settings);
    }

    /** An H2 file store under the root, with the settings of the default configuration (config/application.yaml). */
    public static String h2Url(Path root) {
        return "jdbc:h2:file:" + root.toAbsolutePath().resolve("db/hub") + ";DB_CLOSE_ON_EXIT=FALSE;WRITE_DELAY=0";
    }

    public Path root() {
        return root;
    }

    public String password() {
        return password;
    }

    /** Starts the hub and waits until /actuator/health answers UP. */
    public HubProcess start() throws IOException {
        Files.createDirectories(LOGS);
        List<String> command = new ArrayList<>(List.of(javaBinary(), "-Xmx384m", "-XX:TieredStopAtLevel=1",
                "-Dfile.encoding=UTF-8", "-cp", hubClassPath(), "cn.yibiaotong.hub.HubApplication",
                "--server.port=" + port,
                "--hub.file-drop.root=" + root.toAbsolutePath(),
                "--hub.delivery.store-dir=" + root.toAbsolutePath().resolve("deliveries"),
                "--hub.delivery.outbox-root=" + root.toAbsolutePath(),
                "--hub.http-poll.auto-startup=false",
                "--hub.security.bootstrap-admin.username=ops",
                "--hub.security.bootstrap-admin.password=" + password));
        command.addAll(settings);
        File log = LOGS.resolve(name + ".log").toFile();
        starts++;
        Files.writeString(log.toPath(), "\n===== start " + starts + " =====\n", StandardCharsets.UTF_8,
                java.nio.file.StandardOpenOption.CREATE, java.nio.file.StandardOpenOption.APPEND);
        process = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log)).start();
        await("hub " + name + " up").atMost(Duration.ofSeconds(120)).pollInterval(Duration.ofMillis(250))
                .until(() -> {
                    if (!process.isAlive()) {
                        throw new AssertionError("hub " + name + " exited with " + process.exitValue() + ", see " + log);
                    }
                    return healthy();
                });
        return this;
    }

    /** kill -9: no shutdown hook, no transaction commit, no file move. */
    public void kill() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor(30, TimeUnit.SECONDS);
    }

    /** An orderly stop (SIGTERM), after which the store can be read directly. */
    public void stop() throws InterruptedException {
        if (process != null && process.isAlive()) {
            process.destroy();
            if (!process.waitFor(60, TimeUnit.SECONDS)) {
                kill();
            }
        }
    }

    @Override
    public void close() throws InterruptedException {
        stop();
    }

    public boolean healthy() {
        try {
            HttpResponse<String> r = send(HttpRequest.newBuilder(uri("/actuator/health")).GET(), Duration.ofSeconds(2));
            return r.statusCode() == 200 && "UP".equals(JSON.readTree(r.body()).path("status").asText());
        } catch (IOException e) {
            return false;
        }
    }

    public JsonNode get(String path) throws IOException {
        HttpResponse<String> r = send(HttpRequest.newBuilder(uri(path)).GET(), Duration.ofSeconds(30));
        if (r.statusCode() != 200) {
            throw new AssertionError("GET " + path + " answered " + r.statusCode() + ": " + r.body());
        }
        return JSON.readTree(r.body());
    }

    /** POST with a JSON body and extra headers (name, value, …); the answer as it came. */
    public HttpResponse<String> postJson(String path, String body, Duration timeout, String... headers)
            throws IOException {
        HttpRequest.Builder b = HttpRequest.newBuilder(uri(path)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        if (headers.length > 0) {
            b.headers(headers);
        }
        return send(b, timeout);
    }

    /** A multipart upload as the upload page sends it; the answer as it came. */
    public HttpResponse<String> upload(String connector, String fileName, byte[] content) throws IOException {
        String boundary = "----hub" + UUID.randomUUID();
        byte[] head = ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + fileName
                + "\"\r\nContent-Type: application/octet-stream\r\n\r\n").getBytes(StandardCharsets.UTF_8);
        byte[] tail = ("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8);
        HttpRequest.Builder b = HttpRequest.newBuilder(uri("/api/uploads?connector=" + connector))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArrays(List.of(head, content, tail)));
        return send(b, Duration.ofMinutes(5));
    }

    /** The connector's entry of GET /api/connectors. */
    public JsonNode connector(String id) throws IOException {
        for (JsonNode c : get("/api/connectors")) {
            if (c.path("id").asText().equals(id)) {
                return c;
            }
        }
        throw new AssertionError("no connector " + id);
    }

    private HttpResponse<String> send(HttpRequest.Builder b, Duration timeout) throws IOException {
        String basic = Base64.getEncoder().encodeToString(("ops:" + password).getBytes(StandardCharsets.UTF_8));
        try {
            return client.send(b.header("Authorization", "Basic " + basic).timeout(timeout).build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted", e);
        }
    }

    private URI uri(String path) {
        return URI.create("http://127.0.0.1:" + port + path);
    }

    private static String javaBinary() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    /** The test JVM's class path without the test classes: the hub runs as built, not with test beans. */
    private static String hubClassPath() {
        String full = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        return Arrays.stream(full.split(File.pathSeparator))
                .filter(e -> !e.endsWith("test-classes") && !e.endsWith("test-classes/"))
                .filter(e -> !e.contains("surefire"))
                .collect(Collectors.joining(File.pathSeparator));
    }

    private static int freePort() {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}

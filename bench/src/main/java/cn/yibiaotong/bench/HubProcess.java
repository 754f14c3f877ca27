package cn.yibiaotong.bench;

import java.io.File;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

/**
 * The real hub (HubApplication, the product's classes and configuration) in a JVM of its own, with the heap limit
 * under test, listening on loopback only, with a GC log from which its peak heap is read. {@code BENCH_JFR=1}
 * also records a Java Flight Recorder profile beside the log.
 */
final class HubProcess implements AutoCloseable {

    private final Process process;
    private final Instant started;
    private final GcLog gcLog;
    final String name;
    final int port;
    final URI base;

    private HubProcess(String name, Process process, Instant started, GcLog gcLog, int port) {
        this.name = name;
        this.process = process;
        this.started = started;
        this.gcLog = gcLog;
        this.port = port;
        this.base = URI.create("http://127.0.0.1:" + port);
    }

    /**
     * @param heap      e.g. -Xmx512m
     * @param hubArgs   Spring Boot arguments (datasource, profile) besides the port and upload limits
     * @param env       environment of the hub process (database credentials)
     */
    static HubProcess start(String name, String heap, Path out, List<String> hubArgs, Map<String, String> env)
            throws IOException, InterruptedException {
        int port = freePort();
        Path gc = out.resolve(name + "-gc.log").toAbsolutePath();
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                heap, "-Xlog:gc:file=" + gc + ":uptimemillis:filecount=0", "-Dfile.encoding=UTF-8"));
        if ("1".equals(System.getenv("BENCH_JFR"))) {
            cmd.add("-XX:FlightRecorderOptions:stackdepth=256");
            cmd.add("-XX:StartFlightRecording=filename=" + out.resolve(name + ".jfr").toAbsolutePath() + ",settings=profile");
            // a request's stack through Tomcat, the security filters and Spring MVC is deeper than JFR's default 64
            // frames: without this the controller a sample belongs to is cut off
            cmd.add("-XX:FlightRecorderOptions:stackdepth=256");
        }
        cmd.addAll(List.of("-cp", hubClasspath(), "cn.yibiaotong.hub.HubApplication",
                "--server.port=" + port, "--server.address=127.0.0.1",
                // a district's nightly extract (~250 MB for a million rows) is over the default 200 MB upload limit
                "--spring.servlet.multipart.max-file-size=2GB", "--spring.servlet.multipart.max-request-size=2GB",
                "--hub.file-drop.root=" + out.resolve(name + "-drop").toAbsolutePath(),
                "--logging.file.name=" + out.resolve(name + "-hub.log").toAbsolutePath(),
                // the API needs an account since security landed: the bench signs in as this administrator
                "--hub.security.bootstrap-admin.username=" + HubClient.ADMIN,
                "--hub.security.bootstrap-admin.password=" + HubClient.ADMIN_PASSWORD));
        cmd.addAll(hubArgs);
        // BENCH_HUB_ARGS: more Spring Boot arguments, to measure a setting (space-separated)
        String extra = System.getenv("BENCH_HUB_ARGS");
        if (extra != null && !extra.isBlank()) {
            cmd.addAll(List.of(extra.strip().split("\\s+")));
        }
        ProcessBuilder pb = new ProcessBuilder(cmd).redirectErrorStream(true)
                .redirectOutput(out.resolve(name + "-hub.out").toFile());
        pb.environment().putAll(env);
        Process p = pb.start();
        // a driver stopped half-way (Ctrl-C, a time limit) takes its hub with it
        Runtime.getRuntime().addShutdownHook(new Thread(p::destroy));
        Instant started = p.info().startInstant().orElse(Instant.now());
        HubProcess hub = new HubProcess(name, p, started, new GcLog(gc), port);
        hub.awaitUp(Duration.ofMinutes(4));
        return hub;
    }

    /** Seconds since the hub JVM started: GC log lines carry this clock. */
    double uptime() {
        return Duration.between(started, Instant.now()).toNanos() / 1e9;
    }

    GcLog.Peak heapBetween(double fromUptime, double toUptime) {
        return gcLog.peak(fromUptime, toUptime);
    }

    /** CPU seconds the hub's process has used so far (all its threads): comparable across runs on a shared machine. */
    double cpuSeconds() {
        return ServerCpu.cpuMs(process.toHandle()) / 1000;
    }

    long pid() {
        return process.pid();
    }

    ProcessHandle handle() {
        return process.toHandle();
    }

    @Override
    public void close() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(90, TimeUnit.SECONDS)) {
            process.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
        }
    }

    private void awaitUp(Duration max) throws InterruptedException, IOException {
        HttpClient http = HttpClient.newHttpClient();
        long deadline = System.nanoTime() + max.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IOException("the hub " + name + " stopped during start-up; see bench/out/" + name + "-hub.out");
            }
            try {
                HttpResponse<String> r = http.send(HttpRequest.newBuilder(base.resolve("/actuator/health")).build(),
                        HttpResponse.BodyHandlers.ofString());
                if (r.statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // not listening yet
            }
            Thread.sleep(500);   // polling an external process's port: nothing to wait on but time
        }
        close();
        throw new IOException("the hub " + name + " did not start within " + max);
    }

    /** The driver's classpath without test classes: the product's classes and libraries plus the bench profile's. */
    private static String hubClasspath() {
        return Arrays.stream(System.getProperty("java.class.path").split(File.pathSeparator))
                .filter(e -> !e.contains("test-classes")).collect(Collectors.joining(File.pathSeparator));
    }

    private static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return s.getLocalPort();
        }
    }
}

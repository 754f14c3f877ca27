package cn.yibiaotong.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.UUID;

/** What a street office's browser does: a multipart upload to POST /api/uploads, and reads of the API. */
final class HubClient {

    static final ObjectMapper JSON = new ObjectMapper();
    /** The administrator the benchmark's hub creates at start-up (HubProcess); a new password for every driver run. */
    static final String ADMIN = "bench-admin";
    static final String ADMIN_PASSWORD = "bench-" + UUID.randomUUID();
    private static final String AUTHORIZATION = "Basic " + java.util.Base64.getEncoder()
            .encodeToString((ADMIN + ":" + ADMIN_PASSWORD).getBytes(StandardCharsets.UTF_8));

    /** One upload and the hub's answer, timed from the first byte sent to the last byte of the report. */
    record Upload(int status, JsonNode report, double seconds) {
        long count(String field) {
            JsonNode n = report.has("report") ? report.get("report").get(field) : report.get(field);
            return n == null ? -1 : n.asLong();
        }

        String summary() {
            JsonNode r = report.has("report") ? report.get("report") : report;
            return String.format("HTTP %d %s received=%d accepted=%d rejected=%d unchanged=%d warnings=%d", status,
                    r.path("status").asText(), count("received"), count("accepted"), count("rejected"),
                    count("unchanged"), count("warnings"));
        }
    }

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10)).build();
    private final URI base;

    HubClient(URI base) {
        this.base = base;
    }

    Upload upload(Path file) throws IOException, InterruptedException {
        String boundary = "bench-" + UUID.randomUUID();
        byte[] head = ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\""
                + file.getFileName() + "\"\r\nContent-Type: application/octet-stream\r\n\r\n").getBytes(StandardCharsets.UTF_8);
        byte[] tail = ("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8);
        HttpRequest request = HttpRequest.newBuilder(base.resolve("/api/uploads?connector="
                        + URLEncoder.encode("street-roster", StandardCharsets.UTF_8)))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .header("Authorization", AUTHORIZATION)
                .POST(HttpRequest.BodyPublishers.concat(HttpRequest.BodyPublishers.ofByteArray(head),
                        HttpRequest.BodyPublishers.ofFile(file), HttpRequest.BodyPublishers.ofByteArray(tail)))
                .build();
        long t0 = System.nanoTime();
        HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        double seconds = (System.nanoTime() - t0) / 1e9;
        return new Upload(response.statusCode(), JSON.readTree(response.body()), seconds);
    }

    JsonNode get(String pathAndQuery) throws IOException, InterruptedException {
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(base.resolve(pathAndQuery)).header("Authorization", AUTHORIZATION).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        return JSON.readTree(r.body());
    }
}

package cn.yibiaotong.hub.demo;

import cn.yibiaotong.hub.batch.BatchStore;
import cn.yibiaotong.hub.batch.FileChecksum;
import cn.yibiaotong.hub.connector.ConnectorCatalog;
import cn.yibiaotong.hub.connector.ConnectorDefinition;
import cn.yibiaotong.hub.security.ApiKeyFilter;
import cn.yibiaotong.hub.security.SecuritySettings;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.annotation.Profile;
import org.springframework.context.event.EventListener;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * Demo only: plays the department systems that push. Each pushed connector's sample documents in
 * {@code samples/<connector-id>/} are POSTed to the hub's own {@code /api/inbound/<id>} once it is up, exactly as
 * the department would, with its demo API key (README shows the same push with curl). Documents already in a completed batch are skipped.
 */
@Component
@Profile("demo")
public class DemoPushes {

    private static final Logger LOG = LoggerFactory.getLogger(DemoPushes.class);

    private final ConnectorCatalog connectors;
    private final BatchStore batches;
    private final Path samplesDir;
    private final Environment environment;
    private final SecuritySettings settings;

    public DemoPushes(ConnectorCatalog connectors, BatchStore batches,
                      @Value("${hub.demo.samples-dir:samples}") Path samplesDir, Environment environment,
                      SecuritySettings settings) {
        this.connectors = connectors;
        this.batches = batches;
        this.samplesDir = samplesDir;
        this.environment = environment;
        this.settings = settings;
    }

    @EventListener(ApplicationReadyEvent.class)
    public void pushSamples() throws IOException, InterruptedException {
        String port = environment.getProperty("local.server.port", "8080");
        HttpClient client = HttpClient.newHttpClient();
        for (ConnectorDefinition c : connectors.all()) {
            Path folder = samplesDir.resolve(c.id());
            if (!c.acceptsPushes() || !Files.isDirectory(folder)) {
                continue;
            }
            String type = c.format().type();
            for (Path sample : samples(folder, type)) {
                if (batches.completedWithChecksum(c.id(), FileChecksum.sha256(sample)).isPresent()) {
                    continue;
                }
                HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/inbound/" + c.id()))
                        .header("Content-Type", "application/" + type)
                        .header(ApiKeyFilter.HEADER, settings.demoKeys().getOrDefault(c.id(), ""))
                        .POST(HttpRequest.BodyPublishers.ofFile(sample)).build();
                HttpResponse<Void> response = client.send(request, HttpResponse.BodyHandlers.discarding());
                LOG.info("demo: pushed sample {} to connector {}: HTTP {}", sample.getFileName(), c.id(), response.statusCode());
            }
        }
    }

    private static List<Path> samples(Path folder, String type) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(Files::isRegularFile)
                    .filter(p -> p.getFileName().toString().toLowerCase().endsWith("." + type)).sorted().toList();
        }
    }
}

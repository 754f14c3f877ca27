package cn.yibiaotong.hub.demo;

import cn.yibiaotong.hub.batch.BatchStore;
import cn.yibiaotong.hub.batch.FileChecksum;
import cn.yibiaotong.hub.connector.ConnectorCatalog;
import cn.yibiaotong.hub.connector.ConnectorDefinition;
import cn.yibiaotong.hub.connector.ConnectorRoutes;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.annotation.Profile;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * The demo feeds itself: each connector's files in {@code samples/<connector-id>/} are copied into the
 * connector's drop folder at start-up, so they travel the same route a department's files do. Files whose
 * content is already in a completed batch are not copied again.
 */
@Component
@Profile("demo")
public class DemoSamples {

    private static final Logger LOG = LoggerFactory.getLogger(DemoSamples.class);

    private final ConnectorCatalog connectors;
    private final ConnectorRoutes routes;
    private final BatchStore batches;
    private final Path samplesDir;

    public DemoSamples(ConnectorCatalog connectors, ConnectorRoutes routes, BatchStore batches,
                       @Value("${hub.demo.samples-dir:samples}") Path samplesDir) {
        this.connectors = connectors;
        this.routes = routes;
        this.batches = batches;
        this.samplesDir = samplesDir;
    }

    @EventListener(ApplicationReadyEvent.class)
    public void dropSamples() throws IOException {
        for (ConnectorDefinition c : connectors.all()) {
            Path folder = samplesDir.resolve(c.id());
            if (c.fileDrop().isEmpty() || !Files.isDirectory(folder)) {
                continue;
            }
            Path inbox = routes.directory(c.fileDrop().get());
            Files.createDirectories(inbox);
            for (Path sample : samples(folder)) {
                if (batches.completedWithChecksum(c.id(), FileChecksum.sha256(sample)).isPresent()) {
                    continue;
                }
                // copy under a temporary name, then rename: the drop folder never sees a half-written file
                Path part = inbox.resolve("." + sample.getFileName() + ".part");
                Files.copy(sample, part, StandardCopyOption.REPLACE_EXISTING);
                Files.move(part, inbox.resolve(sample.getFileName()), StandardCopyOption.ATOMIC_MOVE);
                LOG.info("demo: dropped sample {} for connector {}", sample.getFileName(), c.id());
            }
        }
    }

    private static List<Path> samples(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(Files::isRegularFile)
                    .filter(p -> p.getFileName().toString().toLowerCase().matches(".*\\.(csv|xlsx)")).sorted().toList();
        }
    }
}

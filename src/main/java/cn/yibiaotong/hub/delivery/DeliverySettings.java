package cn.yibiaotong.hub.delivery;

import java.nio.file.Path;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/** The hub-wide delivery settings of config/application.yaml ({@code hub.delivery.*}). */
@Component
public class DeliverySettings {

    private final Path storeDir;
    private final Path outboxRoot;
    private final String rosterConnector;
    private final int pageSize;
    private final long leaseSeconds;

    public DeliverySettings(@Value("${hub.delivery.store-dir:data/deliveries}") String storeDir,
                            @Value("${hub.delivery.outbox-root:.}") String outboxRoot,
                            @Value("${hub.delivery.roster-connector:street-roster}") String rosterConnector,
                            @Value("${hub.delivery.page-size:500}") int pageSize,
                            @Value("${hub.delivery.lease-seconds:120}") long leaseSeconds) {
        this.storeDir = Path.of(storeDir);
        this.outboxRoot = Path.of(outboxRoot);
        this.rosterConnector = rosterConnector;
        this.pageSize = pageSize;
        this.leaseSeconds = leaseSeconds;
    }

    /** Where produced files are kept, so a delivered file can be downloaded again. */
    public Path storeDir() {
        return storeDir;
    }

    /** An outbox folder as the hub resolves it: relative ones under {@code hub.delivery.outbox-root}. */
    public Path outbox(String folder) {
        Path p = Path.of(folder);
        return p.isAbsolute() ? p : outboxRoot.resolve(p).toAbsolutePath().normalize();
    }

    /** The connector whose latest batch per community says who lives there (the 一表通 roster). */
    public String rosterConnector() {
        return rosterConnector;
    }

    public int pageSize() {
        return pageSize;
    }

    /** How long one attempt may hold a delivery; after that (a crash mid-send) the retry route takes it again. */
    public long leaseSeconds() {
        return leaseSeconds;
    }
}

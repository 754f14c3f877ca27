package cn.yibiaotong.hub.jdbcpull;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Stream;
import org.apache.camel.spi.CamelEvent;
import org.apache.camel.spi.CamelEvent.ExchangeSentEvent;
import org.apache.camel.support.EventNotifierSupport;

/** The project's real connector files with test timings, and a hook between two pages of one pull. */
public final class PullTestSupport {

    static final String CONNECTOR = "public-security-hukou";

    private PullTestSupport() {
    }

    /**
     * A copy of {@code connectors/} in which only the public-security connector's timings are shortened (pages of 3
     * rows, a pull every 200 ms, 2 s safety lag, two quick retries), so its real mappings are tested in seconds; and a
     * page with more than half of its rows rejected is refused whole, so a rolled-back batch can be watched.
     */
    public static Path connectorsWithTestTimings() {
        try {
            Path dir = Files.createDirectories(Path.of("target", "jdbc-pull-test", "connectors"));
            try (Stream<Path> files = Files.list(Path.of("connectors"))) {
                for (Path f : files.toList()) {
                    Files.copy(f, dir.resolve(f.getFileName()), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
                }
            }
            Path pcs = dir.resolve(CONNECTOR + ".yaml");
            String text = Files.readString(pcs);
            for (List<String> change : List.of(List.of("pageSize: 500", "pageSize: 3"),
                    List.of("pollInterval: 1m", "pollInterval: 200ms"), List.of("safetyLag: 30s", "safetyLag: 2s"),
                    List.of("connectTimeout: 10s", "connectTimeout: 300ms"), List.of("maxRetries: 3", "maxRetries: 2"),
                    List.of("delay: 2s", "delay: 100ms"), List.of("maxDelay: 1m", "maxDelay: 1s"))) {
                if (!text.contains(change.get(0))) {
                    throw new IllegalStateException(pcs + " no longer says " + change.get(0));
                }
                text = text.replace(change.get(0), change.get(1));
            }
            // a page with more than half its rows bad is refused whole: lets a test see a batch roll back
            text = text.replace("\nfields:", "\nacceptance:\n  maxRejectedPercent: 50\n\nfields:");
            Files.writeString(pcs, text);
            return dir;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Runs an action once, right after the first page of a pull has been ingested and before the next is read. */
    static final class AfterFirstPage extends EventNotifierSupport {

        private final AtomicReference<Runnable> action = new AtomicReference<>();

        void arm(Runnable runnable) {
            action.set(runnable);
        }

        boolean fired() {
            return action.get() == null;
        }

        @Override
        public void notify(CamelEvent event) {
            if (event instanceof ExchangeSentEvent sent && "direct://ingest".equals(sent.getEndpoint().getEndpointUri())
                    && CONNECTOR.equals(sent.getExchange().getMessage().getHeader("hubConnector"))) {
                Runnable runnable = action.getAndSet(null);
                if (runnable != null) {
                    runnable.run();
                }
            }
        }
    }
}

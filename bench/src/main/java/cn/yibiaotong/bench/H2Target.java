package cn.yibiaotong.bench;

import com.zaxxer.hikari.HikariDataSource;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import javax.sql.DataSource;

/** H2 in files under bench/out/h2/, as the hub runs by default; each run and each baseline gets a new file. */
final class H2Target implements Target {

    private final Path dir;
    private HikariDataSource naive;

    H2Target(Path dir) throws IOException {
        this.dir = Files.createDirectories(dir).toAbsolutePath();
    }

    @Override
    public String name() {
        return "H2";
    }

    @Override
    public List<String> hubArgs(String database) throws IOException {
        delete(database);
        return List.of("--spring.datasource.url=jdbc:h2:file:" + dir.resolve(database) + productSettings());
    }

    @Override
    public List<String> keptHubArgs(String database) throws IOException {
        return List.of("--spring.datasource.url=jdbc:h2:file:" + dir.resolve(database) + productSettings());
    }

    @Override
    public Path dir() {
        return dir;
    }

    /**
     * The settings of the product's H2 URL (config/application.yaml, e.g. {@code ;WRITE_DELAY=0;CACHE_SIZE=…}), so
     * that the hub is measured as it runs, only in another file.
     */
    static String productSettings() throws IOException {
        try (var in = Files.newInputStream(Path.of("config", "application.yaml"))) {
            for (Object doc : new org.yaml.snakeyaml.Yaml().loadAll(in)) {
                Object url = path(doc, "spring", "datasource", "url");
                if (url instanceof String u && u.startsWith("jdbc:h2:") && u.contains(";")) {
                    return u.substring(u.indexOf(';'));
                }
            }
        }
        return ";DB_CLOSE_ON_EXIT=FALSE";
    }

    private static Object path(Object node, String... keys) {
        for (String k : keys) {
            if (!(node instanceof Map<?, ?> m)) {
                return null;
            }
            node = m.get(k);
        }
        return node;
    }

    @Override
    public Map<String, String> hubEnv() {
        return Map.of();
    }

    @Override
    public double bulkLoad(Path csv) throws SQLException, IOException {
        delete("bulk");
        try (Connection c = DriverManager.getConnection("jdbc:h2:file:" + dir.resolve("bulk"), "sa", "");
             Statement s = c.createStatement()) {
            long t0 = System.nanoTime();
            s.execute("CREATE TABLE bulk_roster AS SELECT * FROM CSVREAD('" + csv.toAbsolutePath() + "', NULL, 'charset=UTF-8')");
            for (String ddl : Target.indexes("bulk_roster", Map.of("公民身份号码", "\"公民身份号码\"", "所属社区", "\"所属社区\"",
                    "所属网格", "\"所属网格\"", "姓名", "\"姓名\""))) {
                s.execute(ddl);
            }
            return (System.nanoTime() - t0) / 1e9;
        }
    }

    @Override
    public DataSource naiveDataSource() throws IOException, SQLException {
        delete("naive");
        naive = new HikariDataSource();
        // the product's settings: each auto-commit written before the next row, as the hub's commits are
        naive.setJdbcUrl("jdbc:h2:file:" + dir.resolve("naive") + productSettings());
        naive.setUsername("sa");
        naive.setPassword("");
        try (Connection c = naive.getConnection(); Statement s = c.createStatement()) {
            s.execute("CREATE TABLE naive_roster (" + Target.columns("VARCHAR(500)") + ")");
            for (String ddl : Target.indexes("naive_roster", Target.NAIVE_COLUMNS)) {
                s.execute(ddl);
            }
        }
        return naive;
    }

    @Override
    public long hubDatabaseBytes(String database) throws IOException {
        Path f = dir.resolve(database + ".mv.db");
        return Files.exists(f) ? Files.size(f) : -1;
    }

    @Override
    public String compactOffline(String database) throws SQLException, IOException {
        long before = hubDatabaseBytes(database);
        long t0 = System.nanoTime();
        try (Connection c = DriverManager.getConnection("jdbc:h2:file:" + dir.resolve(database), "sa", "");
             Statement s = c.createStatement()) {
            s.execute("SHUTDOWN COMPACT");
        }
        return String.format("offline SHUTDOWN COMPACT (hub stopped): %d MB -> %d MB in %.1f s", before >> 20,
                hubDatabaseBytes(database) >> 20, (System.nanoTime() - t0) / 1e9);
    }

    private void delete(String database) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            for (Path f : files.filter(p -> p.getFileName().toString().startsWith(database + ".")).sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(f);
            }
        }
    }

    @Override
    public void close() {
        if (naive != null) {
            naive.close();
        }
    }
}

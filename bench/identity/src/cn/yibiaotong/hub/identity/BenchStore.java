package cn.yibiaotong.hub.identity;

import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.Proxy;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.util.concurrent.atomic.AtomicLong;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;

/**
 * A hub database for the benchmark: an H2 file or an embedded PostgreSQL server, both kept under
 * target/identity-bench so that a second run finds its 1,000,000 residents already stored, migrated by the hub's
 * own Flyway scripts. Every statement prepared through {@link #dataSource()} is counted.
 */
final class BenchStore implements AutoCloseable {

    final String name;
    private final HikariDataSource pool;
    private final EmbeddedPostgres postgres;
    private Path dataDirectory;
    final AtomicLong statements = new AtomicLong();

    private BenchStore(String name, String url, String user, EmbeddedPostgres postgres) {
        this.name = name;
        this.postgres = postgres;
        this.pool = new HikariDataSource();
        pool.setJdbcUrl(url);
        pool.setUsername(user);
        pool.setPassword("");
        pool.setMaximumPoolSize(4);
        Flyway.configure().dataSource(pool)
                .locations("classpath:db/migration", "classpath:db/vendor/" + (postgres == null ? "h2" : "postgresql"))
                .failOnMissingLocations(false).load().migrate();
    }

    static BenchStore open(String kind) throws Exception {
        Path dir = Path.of("target/identity-bench", kind).toAbsolutePath();
        Files.createDirectories(dir);
        if (kind.equals("h2")) {
            return new BenchStore("H2 file", "jdbc:h2:file:" + dir.resolve("hub") + ";DB_CLOSE_ON_EXIT=FALSE;WRITE_DELAY=0;CACHE_SIZE=1048576",
                    "sa", null);
        }
        EmbeddedPostgres pg = EmbeddedPostgres.builder().setDataDirectory(dir.resolve("data"))
                .setCleanDataDirectory(false).setServerConfig("shared_buffers", "512MB")
                .setServerConfig("max_wal_size", "4GB").start();
        BenchStore store = new BenchStore("PostgreSQL 14 (embedded)",
                pg.getJdbcUrl("postgres", "postgres") + "&reWriteBatchedInserts=true", "postgres", pg);
        store.dataDirectory = dir.resolve("data");
        return store;
    }

    /** CPU seconds of the PostgreSQL server's processes so far (0 for H2, which runs in this JVM). */
    double serverCpuSeconds() {
        return postgres == null ? 0 : ServerCpu.seconds(dataDirectory);
    }

    boolean isPostgres() {
        return postgres != null;
    }

    /** The pool, with each prepared or plain statement counted: the queries a chunk costs. */
    DataSource dataSource() {
        return (DataSource) Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] {DataSource.class},
                (proxy, method, args) -> {
                    Object result = invoke(pool, method, args);
                    return result instanceof Connection c ? counting(c) : result;
                });
    }

    DataSource raw() {
        return pool;
    }

    private Connection counting(Connection c) {
        InvocationHandler h = (proxy, method, args) -> {
            if (method.getName().equals("prepareStatement") || method.getName().equals("createStatement")
                    || method.getName().equals("prepareCall")) {
                statements.incrementAndGet();
            }
            return invoke(c, method, args);
        };
        return (Connection) Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] {Connection.class}, h);
    }

    private static Object invoke(Object target, java.lang.reflect.Method method, Object[] args) throws Throwable {
        try {
            return method.invoke(target, args);
        } catch (java.lang.reflect.InvocationTargetException e) {
            throw e.getCause();
        }
    }

    @Override
    public void close() throws Exception {
        pool.close();
        if (postgres != null) {
            postgres.close();
        }
    }
}

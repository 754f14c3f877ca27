package cn.yibiaotong.hub.jdbcpull;

import cn.yibiaotong.hub.samples.SyntheticIds;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.h2.tools.Server;
import org.springframework.core.io.FileSystemResource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.springframework.jdbc.datasource.init.ResourceDatabasePopulator;

/**
 * The public-security department's database for tests: a real H2 server on a loopback TCP port with the table of
 * samples/public-security/schema.sql. The hub reaches it over TCP like any remote database; the test writes to it
 * directly, as the department's own system would, and can stop and restart the server to play an outage.
 */
public final class PublicSecurityDatabase {

    public static final String USER = "pcs";
    public static final String PASSWORD = "pcs-Secret-4711";
    private static final String NAME = "pcs-test";

    private final int port;
    private final JdbcTemplate department;
    private Server server;

    private PublicSecurityDatabase(int port) {
        this.port = port;
        // the in-memory database lives as long as the test JVM, whether or not its TCP server is listening
        DriverManagerDataSource local = new DriverManagerDataSource("jdbc:h2:mem:" + NAME + ";DB_CLOSE_DELAY=-1", USER, PASSWORD);
        new ResourceDatabasePopulator(new FileSystemResource(Path.of("samples/public-security/schema.sql"))).execute(local);
        this.department = new JdbcTemplate(local);
    }

    public static PublicSecurityDatabase start() {
        try (ServerSocket free = new ServerSocket(0)) {
            PublicSecurityDatabase db = new PublicSecurityDatabase(free.getLocalPort());
            free.close();
            db.startServer();
            return db;
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    void startServer() {
        if (server != null && server.isRunning(false)) {
            return;
        }
        try {
            server = Server.createTcpServer("-tcpPort", String.valueOf(port)).start();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Connections are refused from now on, and open ones are cut. */
    public void stopServer() {
        server.stop();
    }

    public String url() {
        return "jdbc:h2:tcp://localhost:" + port + "/mem:" + NAME;
    }

    public void clear() {
        department.update("DELETE FROM HJ_RYXX");
    }

    /** A resident of Longquan street as the department registers them; {@code n} makes the ID and the key. */
    void insert(int n, String name, LocalDateTime updatedAt) {
        insert(n, idNumber(n), name, updatedAt);
    }

    /** A row as the department's own system writes it, with whatever ID number it holds. */
    void insert(int n, String idNumber, String name, LocalDateTime updatedAt) {
        department.update("""
                INSERT INTO HJ_RYXX (RYBH, GMSFHM, XM, XB, MZ, CSRQ, HJDZ, HH, YHZGX, SQDM, SWRQ, GXSJ)
                VALUES (?, ?, ?, '1', '01', '19800101', '四川省成都市龙泉驿区龙泉街道驿都中路 1 号', ?, '02', '510112001001', NULL, ?)""",
                key(n), idNumber, name, "H" + n, updatedAt);
    }

    /**
     * A registration as the department's system writes it, stamped with its own clock: {@code columns} maps
     * HJ_RYXX column names (GMSFHM, XM, SWRQ …) to values; those left out are NULL.
     */
    public void register(String key, Map<String, String> columns) {
        List<String> names = new ArrayList<>(columns.keySet());
        List<Object> values = new ArrayList<>(columns.values());
        values.add(0, key);
        department.update("INSERT INTO HJ_RYXX (RYBH, " + String.join(", ", names) + ", GXSJ) VALUES (?"
                + ", ?".repeat(names.size()) + ", LOCALTIMESTAMP)", values.toArray());
    }

    /** A department transaction, left open by the caller: what it writes is invisible to others until it commits. */
    Connection openTransaction() throws SQLException {
        Connection c = DriverManager.getConnection("jdbc:h2:mem:" + NAME, USER, PASSWORD);
        c.setAutoCommit(false);
        return c;
    }

    /** Inserts row {@code n} stamped with the department's clock, on the given connection (committed or not). */
    static void insertNow(Connection c, int n, String name) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("""
                INSERT INTO HJ_RYXX (RYBH, GMSFHM, XM, XB, MZ, CSRQ, HJDZ, HH, YHZGX, SQDM, SWRQ, GXSJ)
                VALUES (?, ?, ?, '1', '01', '19800101', '四川省成都市龙泉驿区龙泉街道驿都中路 1 号', ?, '02', '510112001001', NULL, LOCALTIMESTAMP)""")) {
            s.setString(1, key(n));
            s.setString(2, idNumber(n));
            s.setString(3, name);
            s.setString(4, "H" + n);
            s.executeUpdate();
        }
    }

    /** The department corrects two rows' ID numbers in one statement, so no pull sees only one of them fixed. */
    void correctIdNumbers(int a, int b) {
        department.update("""
                UPDATE HJ_RYXX SET GMSFHM = CASE RYBH WHEN ? THEN ? ELSE ? END, GXSJ = LOCALTIMESTAMP WHERE RYBH IN (?, ?)""",
                key(a), idNumber(a), idNumber(b), key(a), key(b));
    }

    /** The department changes a name; its system stamps the change with its own clock. */
    void rename(int n, String name) {
        department.update("UPDATE HJ_RYXX SET XM = ?, GXSJ = LOCALTIMESTAMP WHERE RYBH = ?", name, key(n));
    }

    void registerDeath(int n, String yyyyMMdd, LocalDateTime updatedAt) {
        department.update("UPDATE HJ_RYXX SET SWRQ = ?, GXSJ = ? WHERE RYBH = ?", yyyyMMdd, updatedAt, key(n));
    }

    static String key(int n) {
        return String.format("R%06d", n);
    }

    static String idNumber(int n) {
        return SyntheticIds.of("510112", LocalDate.of(1980, 1, 1), true, n);
    }
}

package cn.yibiaotong.bench;

import java.io.IOException;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;

/** A store the hub and the baselines load into: H2 in a file, or PostgreSQL. */
interface Target extends AutoCloseable {

    String name();

    /** Spring Boot arguments that point the hub at a new, empty database for this run. */
    List<String> hubArgs(String database) throws SQLException, IOException;

    /**
     * Spring Boot arguments that point the hub at a database kept between runs (the query benchmark's), created
     * empty the first time; the hub's Flyway migrates it to the code's version.
     */
    List<String> keptHubArgs(String database) throws SQLException, IOException;

    /** The folder that holds this target's databases, for the files a benchmark keeps beside them. */
    Path dir();

    /** The database server's processes (its main process and its backends) when it runs apart from the hub. */
    default List<ProcessHandle> serverProcesses() {
        return List.of();
    }

    Map<String, String> hubEnv();

    /** The database's own bulk path: the file into one table, then the indexes the resident table has; seconds. */
    double bulkLoad(Path csv) throws SQLException, IOException;

    /**
     * A pooled data source on an empty table naive_roster (19 text columns with the bulk table's four indexes, as a
     * newcomer's table of residents would have them), with the durability the hub runs with, for the naive route.
     */
    DataSource naiveDataSource() throws SQLException, IOException;

    /** Bytes on disk of the hub's database of the last run, or -1 if unknown. */
    long hubDatabaseBytes(String database) throws SQLException, IOException;

    /**
     * What an operator's offline maintenance makes of the hub's database once the hub has stopped (H2: SHUTDOWN
     * COMPACT), in words with its time and the size after; empty where the store needs none (PostgreSQL reuses its
     * space through autovacuum).
     */
    default String compactOffline(String database) throws SQLException, IOException {
        return "";
    }

    /** Where the naive table keeps the columns the indexes are on (the template's order: 序号 is c0). */
    Map<String, String> NAIVE_COLUMNS = Map.of("公民身份号码", "c2", "所属社区", "c10", "所属网格", "c11", "姓名", "c1");

    static String columns(String type) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < RosterGenerator.HEADER.size(); i++) {
            sb.append(i == 0 ? "" : ", ").append("c").append(i).append(' ').append(type);
        }
        return sb.toString();
    }

    /** The resident table's search indexes, on the baseline's columns: ID, community, grid, name. */
    static List<String> indexes(String table, Map<String, String> columnOf) {
        return List.of("CREATE INDEX ix_" + table + "_id ON " + table + " (" + columnOf.get("公民身份号码") + ")",
                "CREATE INDEX ix_" + table + "_community ON " + table + " (" + columnOf.get("所属社区") + ")",
                "CREATE INDEX ix_" + table + "_grid ON " + table + " (" + columnOf.get("所属网格") + ")",
                "CREATE INDEX ix_" + table + "_name ON " + table + " (" + columnOf.get("姓名") + ")");
    }

    @Override
    void close() throws IOException;
}

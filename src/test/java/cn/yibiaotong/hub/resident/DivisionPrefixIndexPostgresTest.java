package cn.yibiaotong.hub.resident;

import static org.assertj.core.api.Assertions.assertThat;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.sql.Connection;
import java.sql.Statement;
import java.util.List;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

/**
 * Every query is scoped by a division prefix ({@code community_code LIKE '510112001%'}). On PostgreSQL such a LIKE
 * is answered from a B-tree index only under the "C" collation; in a database made with another one it scanned the
 * whole table. The database here is made with a collation that is not "C", as production databases are.
 */
class DivisionPrefixIndexPostgresTest {

    private static EmbeddedPostgres postgres;
    private static SingleConnectionDataSource ds;
    private static JdbcTemplate jdbc;

    @BeforeAll
    static void migrate() throws Exception {
        postgres = EmbeddedPostgres.builder().start();
        try (Connection c = postgres.getPostgresDatabase().getConnection(); Statement s = c.createStatement()) {
            s.execute("CREATE DATABASE hub TEMPLATE template0 ENCODING 'UTF8' LC_COLLATE 'C.UTF-8' LC_CTYPE 'C.UTF-8'");
        }
        DataSource db = postgres.getDatabase("postgres", "hub");
        Flyway.configure().dataSource(db).locations("classpath:db/migration", "classpath:db/vendor/postgresql").load()
                .migrate();
        // one connection, so that the planner settings below hold for the EXPLAINs
        ds = new SingleConnectionDataSource(db.getConnection(), true);
        jdbc = new JdbcTemplate(ds);
    }

    @AfterAll
    static void stop() throws Exception {
        ds.destroy();
        postgres.close();
    }

    @Test
    void theDatabaseIsNotMadeWithTheCCollation() {
        assertThat(jdbc.queryForObject("SELECT datcollate FROM pg_database WHERE datname = current_database()",
                String.class)).isNotIn("C", "POSIX");
    }

    @Test
    void aCommunityPageAndItsCountReadOnlyTheCommunityFromTheIndex() {
        // the prefix bounds the index range (Index Cond), not only a filter over every entry of the index
        assertThat(rangeOf("SELECT * FROM resident WHERE merged_into IS NULL AND community_code LIKE '510112001%'"
                + " ORDER BY community_code, name, id_number OFFSET 0 ROWS FETCH NEXT 20 ROWS ONLY"))
                .contains("ix_resident_community_live").contains("community_code").contains(">= '510112001'");
        assertThat(rangeOf("SELECT COUNT(*) FROM resident WHERE merged_into IS NULL AND community_code LIKE '510112001001%'"))
                .contains("ix_resident_community_live").contains(">= '510112001001'");
    }

    @Test
    void casesOfADivisionAreReadThroughTheDivisionIndex() {
        assertThat(rangeOf("SELECT * FROM hub_case WHERE division_code LIKE '510112001%'"))
                .contains("ix_case_division").contains(">= '510112001'");
    }

    @Test
    void theAnalystsViewsStillAnswer() {
        assertThat(jdbc.queryForList("SELECT community_code FROM v_resident", String.class)).isEmpty();
        assertThat(jdbc.queryForList("SELECT division_code FROM v_case", String.class)).isEmpty();
    }

    /**
     * The index and its range condition in the plan PostgreSQL picks when it may not scan a whole table if an index
     * can answer: the lines that name an index and those with an index condition.
     */
    private static String rangeOf(String sql) {
        jdbc.execute("SET enable_seqscan = off");
        List<String> lines = jdbc.queryForList("EXPLAIN " + sql, String.class);
        return String.join("\n", lines.stream().filter(l -> l.contains(" using ") || l.contains(" on ix_")
                || l.contains("Index Cond")).toList());
    }
}

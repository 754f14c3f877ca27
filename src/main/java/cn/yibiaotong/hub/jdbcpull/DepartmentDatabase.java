package cn.yibiaotong.hub.jdbcpull;

import cn.yibiaotong.hub.connector.ConnectorDefinition;
import cn.yibiaotong.hub.connector.JdbcPull;
import com.zaxxer.hikari.HikariDataSource;
import java.time.LocalDateTime;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.ResultSetExtractor;

/** One department's database as a JDBC pull reads it: a small read-only pool and the page query. */
final class DepartmentDatabase implements AutoCloseable {

    private final ConnectorDefinition connector;
    private final JdbcPull pull;
    private final String shownUrl;
    private final HikariDataSource pool;
    private final JdbcTemplate jdbc;
    private final PageQuery pages;

    DepartmentDatabase(ConnectorDefinition connector, String shownUrl, HikariDataSource pool) {
        this.connector = connector;
        this.pull = connector.jdbcPull().orElseThrow();
        this.shownUrl = shownUrl;
        this.pool = pool;
        this.jdbc = new JdbcTemplate(pool);
        // portable page limit: the driver stops after pageSize rows whatever the SQL dialect
        jdbc.setMaxRows(pull.pageSize());
        jdbc.setFetchSize(Math.min(pull.pageSize(), 1000));
        this.pages = new PageQuery(pull);
    }

    /** The department database's own clock: its rows' timestamps were written by it, not by the hub's clock. */
    LocalDateTime now() {
        return jdbc.queryForObject(pull.clockQuery(), LocalDateTime.class);
    }

    <T> T page(LocalDateTime cutoff, java.util.Optional<PullWatermark> after, ResultSetExtractor<T> reader) {
        return jdbc.query(pages.sql(after), reader, pages.parameters(cutoff, after));
    }

    ConnectorDefinition connector() {
        return connector;
    }

    JdbcPull settings() {
        return pull;
    }

    String shownUrl() {
        return shownUrl;
    }

    @Override
    public void close() {
        pool.close();
    }
}

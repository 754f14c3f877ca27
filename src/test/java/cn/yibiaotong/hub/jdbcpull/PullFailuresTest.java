package cn.yibiaotong.hub.jdbcpull;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.ConnectException;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.BadSqlGrammarException;
import org.springframework.jdbc.CannotGetJdbcConnectionException;

/** The kind of failure an operator reads in the connector status; the driver's own words never pass through. */
class PullFailuresTest {

    @Test
    void aRefusedConnectionThroughPoolAndSpring() {
        SQLException driver = new SQLException("Connection is broken: \"java.net.ConnectException: localhost:9092\"", "90067", 90067,
                new ConnectException("Connection refused"));
        Exception failure = new CannotGetJdbcConnectionException("Failed to obtain JDBC Connection",
                new SQLTransientConnectionException("jdbc-pull - Connection is not available", "08001", driver));

        assertThat(PullFailures.kind(failure)).isEqualTo("无法连接部门数据库（连接被拒绝、超时或网络不通）");
    }

    @Test
    void aRejectedLoginIsNotCalledAnOutage() {
        Exception failure = new CannotGetJdbcConnectionException("Failed to obtain JDBC Connection",
                new SQLTransientConnectionException("pool", "08001", new SQLException("Wrong user name or password", "28000")));

        assertThat(PullFailures.kind(failure)).isEqualTo("部门数据库拒绝登录，请检查用户名和密码（环境变量）是否正确");
    }

    @Test
    void aMissingTableNamesTheSettingsToCheck() {
        Exception failure = new BadSqlGrammarException("page", "SELECT * FROM HJ_RYXX",
                new SQLException("Table \"HJ_RYXX\" not found", "42S02"));

        assertThat(PullFailures.kind(failure)).isEqualTo("部门数据库中找不到所配置的表或列，或查询语句有误（SQLState 42S02），"
                + "请检查接入文件中的 table 或 query、watermarkColumn、keyColumn");
    }

    @Test
    void anyOtherDatabaseErrorShowsOnlyItsSqlState() {
        Exception failure = new RuntimeException(new SQLException("Data conversion error converting \"张三 510112...\"", "22018"));

        assertThat(PullFailures.kind(failure)).isEqualTo("读取部门数据库出错（SQLState 22018）").doesNotContain("张三");
    }

    @Test
    void aHubFailureIsNamedByItsType() {
        assertThat(PullFailures.kind(new IllegalStateException("row 3: 张三"))).isEqualTo("一表通处理时发生内部错误（IllegalStateException）");
    }
}

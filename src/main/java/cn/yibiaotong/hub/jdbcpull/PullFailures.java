package cn.yibiaotong.hub.jdbcpull;

import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.SocketException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;
import java.util.Optional;

/**
 * What kind of failure stopped a pull, in Chinese, for the connector status. Drivers' own messages are never
 * passed on: they can quote rows (personal data) or, for some drivers, the connection settings.
 */
final class PullFailures {

    private PullFailures() {
    }

    /** The kind of failure and what to check, as one clause. */
    static String kind(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof PullSetupException setup) {
                return setup.getMessage();
            }
        }
        Optional<String> state = sqlState(failure);
        if (state.filter(s -> s.startsWith("28")).isPresent()) {
            return "部门数据库拒绝登录，请检查用户名和密码（环境变量）是否正确";
        }
        if (unreachable(failure)) {
            return "无法连接部门数据库（连接被拒绝、超时或网络不通）";
        }
        if (state.filter(s -> s.startsWith("42")).isPresent()) {
            return "部门数据库中找不到所配置的表或列，或查询语句有误（SQLState " + state.get()
                    + "），请检查接入文件中的 table 或 query、watermarkColumn、keyColumn";
        }
        if (state.isPresent()) {
            return "读取部门数据库出错（SQLState " + state.get() + "）";
        }
        return "一表通处理时发生内部错误（" + failure.getClass().getSimpleName() + "）";
    }

    private static boolean unreachable(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof ConnectException || t instanceof NoRouteToHostException || t instanceof UnknownHostException
                    || t instanceof SocketTimeoutException || t instanceof SocketException
                    || t instanceof SQLTransientConnectionException || t instanceof SQLNonTransientConnectionException
                    || t instanceof SQLException e && e.getSQLState() != null && e.getSQLState().startsWith("08")) {
                return true;
            }
        }
        return false;
    }

    /** The SQLState of the innermost SQL exception that has one: the driver's, not the pool's wrapper. */
    private static Optional<String> sqlState(Throwable failure) {
        String state = null;
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof SQLException e && e.getSQLState() != null) {
                state = e.getSQLState();
            }
        }
        return Optional.ofNullable(state);
    }
}

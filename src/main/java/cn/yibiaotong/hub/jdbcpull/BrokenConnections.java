package cn.yibiaotong.hub.jdbcpull;

import com.zaxxer.hikari.SQLExceptionOverride;
import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTransientConnectionException;

/**
 * Tells the department pool to drop a connection that failed as a connection. Hikari evicts on SQLState 08xxx,
 * but some drivers (H2: 90067) report a cut connection with their own codes; without this a pooled connection
 * cut by a database restart would be handed out again and every retry would fail on it.
 */
public class BrokenConnections implements SQLExceptionOverride {

    @java.lang.Override
    public Override adjudicate(SQLException e) {
        return e instanceof SQLNonTransientConnectionException || e instanceof SQLTransientConnectionException
                || e instanceof SQLRecoverableException ? Override.MUST_EVICT : Override.CONTINUE_EVICT;
    }
}

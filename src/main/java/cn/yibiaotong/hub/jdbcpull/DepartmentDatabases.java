package cn.yibiaotong.hub.jdbcpull;

import cn.yibiaotong.hub.connector.ConnectorDefinition;
import cn.yibiaotong.hub.connector.JdbcPull;
import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import jakarta.annotation.PreDestroy;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * The departments' databases the JDBC pulls read, opened on first use. URL, user and password may be
 * {@code ${NAME:default}} placeholders resolved from the environment (environment variables, system properties,
 * Spring configuration), which is how a password stays out of the connector file.
 */
@Component
public class DepartmentDatabases {

    private final Environment environment;
    private final Map<String, DepartmentDatabase> open = new ConcurrentHashMap<>();

    public DepartmentDatabases(Environment environment) {
        this.environment = environment;
    }

    /**
     * @throws PullSetupException when a placeholder names a variable that is not set and has no default
     */
    DepartmentDatabase of(ConnectorDefinition connector) {
        DepartmentDatabase db = open.get(connector.id());
        if (db == null) {
            db = connect(connector);
            open.put(connector.id(), db);
        }
        return db;
    }

    /** The connector's database as the operator may see it: resolved when possible, never with credentials. */
    public String shownUrl(ConnectorDefinition connector) {
        String url = connector.jdbcPull().orElseThrow().url();
        try {
            return JdbcUrls.withoutCredentials(environment.resolveRequiredPlaceholders(url));
        } catch (IllegalArgumentException unresolved) {
            return JdbcUrls.withoutCredentials(url);
        }
    }

    private DepartmentDatabase connect(ConnectorDefinition connector) {
        JdbcPull pull = connector.jdbcPull().orElseThrow();
        HikariConfig config = new HikariConfig();
        config.setPoolName("jdbc-pull-" + connector.id());
        config.setJdbcUrl(resolve(connector, "url", pull.url()));
        config.setUsername(resolve(connector, "user", pull.user()));
        config.setPassword(resolve(connector, "password", pull.password()));
        config.setReadOnly(true);
        config.setMaximumPoolSize(2);
        // no idle connections: nothing keeps knocking at a database that is down between pulls
        config.setMinimumIdle(0);
        config.setConnectionTimeout(Math.max(250, JdbcPull.duration(pull.connectTimeout()).toMillis()));
        // the department's database may well be down when the hub starts; that is a failed pull, not a failed start
        config.setInitializationFailTimeout(-1);
        config.setExceptionOverrideClassName(BrokenConnections.class.getName());
        return new DepartmentDatabase(connector, shownUrl(connector), new HikariDataSource(config));
    }

    private String resolve(ConnectorDefinition connector, String key, String value) {
        if (value == null) {
            return null;
        }
        try {
            return environment.resolveRequiredPlaceholders(value);
        } catch (IllegalArgumentException e) {
            throw PullSetupException.missingSetting(connector, key, value);
        }
    }

    @PreDestroy
    void closeAll() {
        open.values().forEach(DepartmentDatabase::close);
        open.clear();
    }
}

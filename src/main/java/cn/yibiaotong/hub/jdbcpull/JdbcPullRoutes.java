package cn.yibiaotong.hub.jdbcpull;

import cn.yibiaotong.hub.connector.ConnectorCatalog;
import cn.yibiaotong.hub.connector.ConnectorDefinition;
import cn.yibiaotong.hub.connector.JdbcPull;
import org.apache.camel.CamelContext;
import org.apache.camel.builder.TemplatedRouteBuilder;
import org.apache.camel.spring.boot.CamelContextConfiguration;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Instantiates {@code routes/jdbc-pull.camel.yaml} once per connector file with {@code transport.jdbcPull}, as
 * {@link cn.yibiaotong.hub.connector.ConnectorRoutes} does for drop folders: adding a pulled department is a file.
 */
@Component
public class JdbcPullRoutes implements CamelContextConfiguration {

    private final ConnectorCatalog catalog;
    private final String template;

    public JdbcPullRoutes(ConnectorCatalog catalog, @Value("${hub.routes.jdbc-pull-template:jdbc-pull}") String template) {
        this.catalog = catalog;
        this.template = template;
    }

    @Override
    public void beforeApplicationStart(CamelContext camelContext) {
        // templates are loaded with the routes; instances are added once they are there
    }

    @Override
    public void afterApplicationStart(CamelContext camelContext) {
        for (ConnectorDefinition c : catalog.all()) {
            c.jdbcPull().ifPresent(pull -> TemplatedRouteBuilder.builder(camelContext, template)
                    .routeId(routeId(c))
                    .parameter("connectorId", c.id())
                    .parameter("pollIntervalMs", millis(pull.pollInterval()))
                    .parameter("maxRetries", String.valueOf(pull.retry().maxRetries()))
                    .parameter("retryDelayMs", millis(pull.retry().delay()))
                    .parameter("retryMultiplier", String.valueOf(pull.retry().multiplier()))
                    .parameter("maxRetryDelayMs", millis(pull.retry().maxDelay()))
                    .add());
        }
    }

    public static String routeId(ConnectorDefinition c) {
        return "jdbc-pull-" + c.id();
    }

    private static String millis(String duration) {
        return String.valueOf(JdbcPull.duration(duration).toMillis());
    }
}

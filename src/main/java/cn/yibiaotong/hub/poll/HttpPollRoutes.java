package cn.yibiaotong.hub.poll;

import cn.yibiaotong.hub.connector.ConnectorCatalog;
import cn.yibiaotong.hub.connector.ConnectorDefinition;
import cn.yibiaotong.hub.connector.HttpPoll;
import org.apache.camel.CamelContext;
import org.apache.camel.builder.TemplatedRouteBuilder;
import org.apache.camel.spring.boot.CamelContextConfiguration;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Instantiates the {@code http-poll} route template once per connector that declares {@code transport.httpPoll}.
 * Runs after the context started, when the YAML templates are certainly loaded.
 */
@Component
public class HttpPollRoutes implements CamelContextConfiguration {

    private final ConnectorCatalog catalog;
    private final String template;
    private final boolean autoStartup;

    public HttpPollRoutes(ConnectorCatalog catalog,
                          @Value("${hub.routes.http-poll-template:http-poll}") String template,
                          @Value("${hub.http-poll.auto-startup:true}") boolean autoStartup) {
        this.catalog = catalog;
        this.template = template;
        this.autoStartup = autoStartup;
    }

    @Override
    public void beforeApplicationStart(CamelContext camelContext) {
        // templates are loaded with the routes; instances are added once they are there
    }

    @Override
    public void afterApplicationStart(CamelContext camelContext) {
        for (ConnectorDefinition c : catalog.all()) {
            c.httpPoll().ifPresent(poll -> TemplatedRouteBuilder.builder(camelContext, template)
                    .routeId(routeId(c))
                    .parameter("connectorId", c.id())
                    .parameter("endpoint", endpoint(poll))
                    .parameter("period", String.valueOf(poll.intervalDuration().toMillis()))
                    .parameter("autoStartup", String.valueOf(autoStartup))
                    .add());
        }
    }

    public static String routeId(ConnectorDefinition c) {
        return "http-poll-" + c.id();
    }

    /**
     * The department URL as a camel-http endpoint: GET, the connector's timeouts, no exchange headers sent and none of
     * the department's response headers taken in, and HTTP error statuses thrown so that they are retried.
     */
    static String endpoint(HttpPoll poll) {
        String url = poll.url();
        return url + (url.contains("?") ? "&" : "?") + "httpMethod=GET&throwExceptionOnFailure=true"
                + "&skipRequestHeaders=true&skipResponseHeaders=true"
                + "&connectTimeout=" + poll.connectTimeoutDuration().toMillis()
                + "&responseTimeout=" + poll.responseTimeoutDuration().toMillis();
    }
}

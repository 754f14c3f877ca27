package cn.yibiaotong.hub.poll;

import cn.yibiaotong.hub.batch.IngestHeaders;
import cn.yibiaotong.hub.connector.ConnectorCatalog;
import cn.yibiaotong.hub.connector.ConnectorStates;
import cn.yibiaotong.hub.connector.HttpPoll;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import org.apache.camel.Exchange;
import org.apache.camel.Message;
import org.springframework.stereotype.Component;

/**
 * Before each poll: asks only for what changed since the stored watermark ({@code ?since=}); the first poll, with no
 * watermark yet, asks for everything. The URL's own query parameters are kept.
 */
@Component
public class PollRequests {

    private final ConnectorCatalog catalog;
    private final ConnectorStates states;

    public PollRequests(ConnectorCatalog catalog, ConnectorStates states) {
        this.catalog = catalog;
        this.states = states;
    }

    public void prepare(Exchange exchange) {
        Message in = exchange.getIn();
        String connectorId = in.getHeader(IngestHeaders.CONNECTOR, String.class);
        HttpPoll poll = catalog.find(connectorId).flatMap(c -> c.httpPoll()).orElseThrow();
        String query = query(poll, states.watermark(connectorId).orElse(null));
        if (query == null) {
            in.removeHeader(Exchange.HTTP_QUERY);
        } else {
            in.setHeader(Exchange.HTTP_QUERY, query);
        }
    }

    /** @return the query string to send, or null for the URL's own (none, or its fixed parameters) */
    static String query(HttpPoll poll, String watermark) {
        if (watermark == null) {
            return null;
        }
        String own = URI.create(poll.url()).getRawQuery();
        String since = URLEncoder.encode(poll.sinceParameter(), StandardCharsets.UTF_8) + "="
                + URLEncoder.encode(watermark, StandardCharsets.UTF_8);
        return own == null || own.isEmpty() ? since : own + "&" + since;
    }
}

package cn.yibiaotong.hub.poll;

import cn.yibiaotong.hub.batch.BatchReport;
import cn.yibiaotong.hub.batch.BatchStatus;
import cn.yibiaotong.hub.batch.IngestHeaders;
import cn.yibiaotong.hub.connector.ConnectorCatalog;
import cn.yibiaotong.hub.connector.ConnectorDefinition;
import cn.yibiaotong.hub.connector.ConnectorStates;
import cn.yibiaotong.hub.connector.HttpPoll;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.apache.camel.Exchange;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * How each poll ended, recorded in the connector's state for {@code GET /api/connectors}: a stored batch or nothing
 * new clears the last error; a batch that could not be stored, or a department that could not be reached after
 * every retry, records a Chinese message naming the connector and the kind of failure (never personal data).
 */
@Component
public class PollOutcomes {

    private static final Logger LOG = LoggerFactory.getLogger(PollOutcomes.class);

    private final ConnectorCatalog catalog;
    private final ConnectorStates states;
    private final int redeliveries;

    public PollOutcomes(ConnectorCatalog catalog, ConnectorStates states,
                        @Value("${hub.http-poll.maximum-redeliveries:3}") int redeliveries) {
        this.catalog = catalog;
        this.states = states;
        this.redeliveries = redeliveries;
    }

    public void nothingNew(Exchange exchange) {
        states.succeeded(connector(exchange).id(), now());
    }

    public void afterBatch(Exchange exchange) {
        ConnectorDefinition c = connector(exchange);
        BatchReport report = exchange.getMessage().getBody(BatchReport.class);
        if (report.status() == BatchStatus.COMPLETED) {
            states.succeeded(c.id(), now());
            return;
        }
        states.failed(c.id(), now(), label(c) + "轮询到的数据未能入库（批次 " + report.batchId() + "，"
                + report.status() + "）：" + report.message() + " 水位未前移，下次轮询将重新读取这些数据。");
    }

    /** Called once Camel's redeliveries are exhausted (route configuration http-poll-retry). */
    public void failed(Exchange exchange) {
        ConnectorDefinition c = connector(exchange);
        Exception e = exchange.getProperty(Exchange.EXCEPTION_CAUGHT, Exception.class);
        // only transport failures are retried (http-poll-retry), and this runs once their retries are spent
        int retries = PollFailures.isTransport(e) ? redeliveries : 0;
        HttpPoll poll = c.httpPoll().orElseThrow();
        String message = label(c) + "轮询 " + PollResponses.hostOf(poll.url()) + " 失败：" + PollFailures.describe(e, poll)
                + (retries > 0 ? "，已重试 " + retries + " 次" : "") + "。下次轮询将从上次成功的位置继续，不会遗漏数据。";
        states.failed(c.id(), now(), message);
        LOG.warn("poll of connector {} failed after {} retries: {}", c.id(), retries, e == null ? "?" : e.getClass().getName());
    }

    private static String label(ConnectorDefinition c) {
        return c.name() + "（" + c.id() + "）";
    }

    private ConnectorDefinition connector(Exchange exchange) {
        return catalog.find(exchange.getIn().getHeader(IngestHeaders.CONNECTOR, String.class)).orElseThrow();
    }

    private static OffsetDateTime now() {
        return OffsetDateTime.now(ZoneOffset.UTC);
    }
}

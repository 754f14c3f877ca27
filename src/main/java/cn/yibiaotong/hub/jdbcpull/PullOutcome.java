package cn.yibiaotong.hub.jdbcpull;

import cn.yibiaotong.hub.batch.BatchReport;
import cn.yibiaotong.hub.batch.BatchStatus;
import cn.yibiaotong.hub.batch.IngestHeaders;
import cn.yibiaotong.hub.connector.ConnectorCatalog;
import cn.yibiaotong.hub.connector.ConnectorDefinition;
import cn.yibiaotong.hub.connector.ConnectorStates;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.apache.camel.Exchange;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * How a pull went, for the {@code jdbc-pull} route: after each page, at the end of a run, and as the dead letter
 * of a run whose retries are used up. Outcomes go to {@code connector_state} (GET /api/connectors); logs carry
 * the connector, counts and the kind of failure, never a row or a driver's message.
 */
@Component("jdbcPullOutcome")
public class PullOutcome {

    private static final Logger LOG = LoggerFactory.getLogger(PullOutcome.class);

    private final ConnectorCatalog catalog;
    private final ConnectorStates states;
    private final DepartmentDatabases databases;

    public PullOutcome(ConnectorCatalog catalog, ConnectorStates states, DepartmentDatabases databases) {
        this.catalog = catalog;
        this.states = states;
        this.databases = databases;
    }

    /** Body: the page's batch report. Only a completed batch stored the page, and the watermark with it. */
    public void pageIngested(Exchange exchange) {
        PullRun run = exchange.getProperty(PullRun.PROPERTY, PullRun.class);
        BatchReport report = exchange.getMessage().getBody(BatchReport.class);
        if (report.status() == BatchStatus.COMPLETED) {
            run.pageStored();
        } else {
            run.failed("第 " + run.pages() + " 页（批次 " + report.batchId() + "，" + report.status()
                    + "）未能入库，拉取停在该页之前，下次拉取将从该页重新读取：" + report.message());
        }
    }

    public void finish(Exchange exchange) {
        PullRun run = exchange.getProperty(PullRun.PROPERTY, PullRun.class);
        ConnectorDefinition connector = run.database().connector();
        run.deletePageFile();
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        if (run.failure().isPresent()) {
            states.failed(connector.id(), now, subject(connector) + run.failure().get());
            LOG.warn("jdbc pull of connector {} stopped at page {}: a batch was not completed", connector.id(), run.pages());
            return;
        }
        states.succeeded(connector.id(), now);
        if (run.rows() > 0) {
            LOG.info("jdbc pull of connector {}: {} rows in {} pages", connector.id(), run.rows(), run.pages());
        }
    }

    /** Dead letter of the route: the department's database could not be read even after the retries. */
    public void failed(Exchange exchange) {
        Exception failure = exchange.getProperty(Exchange.EXCEPTION_CAUGHT, Exception.class);
        PullRun run = exchange.getProperty(PullRun.PROPERTY, PullRun.class);
        if (run != null) {
            run.deletePageFile();
        }
        String connectorId = exchange.getMessage().getHeader(IngestHeaders.CONNECTOR, String.class);
        ConnectorDefinition connector = catalog.find(connectorId).orElseThrow();
        int retries = exchange.getProperty(PullRetries.PROPERTY, 0, Integer.class);
        String kind = PullFailures.kind(failure);
        states.failed(connectorId, OffsetDateTime.now(ZoneOffset.UTC), subject(connector) + kind + "；数据库 "
                + databases.shownUrl(connector) + "，已重试 " + retries + " 次。下次拉取将从已入库的位置继续，不会遗漏");
        LOG.warn("jdbc pull of connector {} failed after {} retries: {}", connectorId, retries,
                failure == null ? "unknown" : failure.getClass().getName());
    }

    private static String subject(ConnectorDefinition connector) {
        return "“" + connector.name() + "”（" + connector.id() + "）从部门数据库拉取失败：";
    }
}

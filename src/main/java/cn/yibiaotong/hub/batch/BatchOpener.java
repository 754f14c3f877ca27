package cn.yibiaotong.hub.batch;

import cn.yibiaotong.hub.connector.ConnectorCatalog;
import cn.yibiaotong.hub.connector.ConnectorDefinition;
import java.io.File;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;
import org.apache.camel.Exchange;
import org.apache.camel.Message;
import org.springframework.stereotype.Component;

/**
 * First stage of every batch: records it as RUNNING with the file's checksum and puts its
 * {@link BatchContext} on the exchange. Whether the same file was read before is decided later, by
 * {@link IdenticalFiles}, when the batch's turn to be applied has come.
 */
@Component
public class BatchOpener {

    private final ConnectorCatalog connectors;
    private final BatchStore store;
    private final InFlightBatches inFlight;

    public BatchOpener(ConnectorCatalog connectors, BatchStore store, InFlightBatches inFlight) {
        this.connectors = connectors;
        this.store = store;
        this.inFlight = inFlight;
    }

    public void open(Exchange exchange) {
        Message in = exchange.getIn();
        String connectorId = in.getHeader(IngestHeaders.CONNECTOR, String.class);
        ConnectorDefinition connector = connectors.find(connectorId)
                .orElseThrow(() -> new IllegalArgumentException("unknown connector " + connectorId));
        File file = in.getBody(File.class);
        String fileName = in.getHeader(IngestHeaders.FILE_NAME, file.getName(), String.class);
        BatchContext ctx = new BatchContext(UUID.randomUUID().toString(), connector, fileName,
                in.getHeader(IngestHeaders.CHANNEL, "upload", String.class),
                in.getHeader(IngestHeaders.DRY_RUN, false, Boolean.class), OffsetDateTime.now(ZoneOffset.UTC));
        String checksum = FileChecksum.sha256(file.toPath());
        // in flight before the RUNNING row exists, so recovery never takes a live batch for an interrupted one
        inFlight.started(ctx.id());
        try {
            store.open(ctx, checksum, in.getHeader(IngestHeaders.SUBMITTED_BY, String.class),
                    in.getHeader(IngestHeaders.IDEMPOTENCY_KEY, String.class));
        } catch (RuntimeException e) {
            inFlight.ended(ctx.id());
            throw e;
        }
        exchange.setProperty(IngestHeaders.BATCH_PROPERTY, ctx);
    }
}

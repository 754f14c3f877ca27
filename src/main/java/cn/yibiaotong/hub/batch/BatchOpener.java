package cn.yibiaotong.hub.batch;

import cn.yibiaotong.hub.connector.ConnectorCatalog;
import cn.yibiaotong.hub.connector.ConnectorDefinition;
import java.io.File;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import org.apache.camel.Exchange;
import org.apache.camel.Message;
import org.springframework.stereotype.Component;

/**
 * First stage of every batch: records it as RUNNING with the file's checksum and puts its
 * {@link BatchContext} on the exchange. A file identical to one already completed is still read (its rows
 * then count as unchanged), and the report says so.
 */
@Component
public class BatchOpener {

    private final ConnectorCatalog connectors;
    private final BatchStore store;

    public BatchOpener(ConnectorCatalog connectors, BatchStore store) {
        this.connectors = connectors;
        this.store = store;
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
        store.open(ctx, checksum, in.getHeader(IngestHeaders.SUBMITTED_BY, String.class));
        store.completedWithChecksum(connectorId, checksum).ifPresent(earlier -> {
            store.saveIssues(ctx.id(), List.of(), List.of(new RowIssue(null, null, null,
                    "该文件与 " + earlier.startedAt().toLocalDate() + " 的批次 " + earlier.id()
                            + " 内容完全相同，已入库的数据不会重复，各行将计为“未变化”。")));
            ctx.countWarnings(1);
        });
        exchange.setProperty(IngestHeaders.BATCH_PROPERTY, ctx);
    }
}

package cn.yibiaotong.hub.connector;

import cn.yibiaotong.hub.batch.BatchContext;
import cn.yibiaotong.hub.batch.IngestHeaders;
import org.apache.camel.ExchangeProperty;
import org.apache.camel.Header;
import org.springframework.stereotype.Component;

/**
 * The step of the ingest transaction that advances a pull transport's watermark. Running inside the batch's
 * transaction is the point: a crash or a rollback leaves both the rows and the watermark as they were, so the
 * next pull reads the same rows again, and a committed batch is never read a second time.
 */
@Component
public class BatchWatermark {

    private final ConnectorStates states;

    public BatchWatermark(ConnectorStates states) {
        this.states = states;
    }

    public void save(@ExchangeProperty(IngestHeaders.BATCH_PROPERTY) BatchContext ctx,
                     @Header(IngestHeaders.WATERMARK) String watermark) {
        if (watermark != null && !ctx.dryRun()) {
            states.saveWatermark(ctx.connector().id(), watermark);
        }
    }
}

package cn.yibiaotong.hub.connector;

import cn.yibiaotong.hub.batch.BatchContext;
import cn.yibiaotong.hub.batch.IngestHeaders;
import org.apache.camel.ExchangeProperty;
import org.apache.camel.Header;
import org.springframework.stereotype.Component;

/**
 * Last stage inside a batch's transaction: an incremental transport's watermark is stored with the rows read up to
 * it. If the batch rolls back (refused, unreadable, crash) the watermark does too, and the next pull repeats it.
 */
@Component
public class ConnectorWatermarks {

    private final ConnectorStates states;

    public ConnectorWatermarks(ConnectorStates states) {
        this.states = states;
    }

    public void save(@Header(IngestHeaders.WATERMARK) String watermark,
                     @ExchangeProperty(IngestHeaders.BATCH_PROPERTY) BatchContext ctx) {
        if (watermark != null && !ctx.dryRun()) {
            states.saveWatermark(ctx.connector().id(), watermark);
        }
    }
}

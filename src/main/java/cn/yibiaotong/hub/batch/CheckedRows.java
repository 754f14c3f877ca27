package cn.yibiaotong.hub.batch;

import cn.yibiaotong.hub.normalize.NormalizedChunk;
import org.apache.camel.ExchangeProperty;
import org.springframework.stereotype.Component;

/**
 * In a batch's apply pass, what its check pass decided stays decided: the rows it rejected are left out, and the
 * issues it stored (rejections, warnings, notes rows) are not stored a second time. A row that normalises
 * differently the second time (a date check across midnight) is still rejected, now, and counted once.
 */
@Component
public class CheckedRows {

    public NormalizedChunk keepAccepted(NormalizedChunk chunk, @ExchangeProperty(IngestHeaders.BATCH_PROPERTY) BatchContext ctx) {
        chunk.warnings().clear();
        chunk.rejected().removeIf(r -> ctx.wasRejected(r.row()));
        chunk.accepted().removeIf(r -> ctx.wasRejected(r.row()));
        return chunk;
    }
}

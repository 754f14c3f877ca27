package cn.yibiaotong.hub.batch;

import cn.yibiaotong.hub.normalize.NormalizedChunk;
import org.apache.camel.ExchangeProperty;
import org.springframework.stereotype.Component;

/** Stores a chunk's rejected rows and warnings with the batch and counts them; nothing is silently dropped. */
@Component
public class RejectionRecorder {

    private final BatchStore store;

    public RejectionRecorder(BatchStore store) {
        this.store = store;
    }

    public NormalizedChunk record(NormalizedChunk chunk, @ExchangeProperty(IngestHeaders.BATCH_PROPERTY) BatchContext ctx) {
        store.saveIssues(ctx.id(), chunk.rejected(), chunk.warnings());
        ctx.countRejected(chunk.rejected().size());
        ctx.countWarnings(chunk.warnings().size());
        return chunk;
    }
}

package cn.yibiaotong.hub.batch;

import java.util.List;
import org.apache.camel.ExchangeProperty;
import org.springframework.stereotype.Component;

/**
 * First step of a batch's turn in ingest-apply: a file identical (SHA-256) to one a completed batch already read is
 * still read, its rows then count as unchanged, and the report names the earlier batch. Checked here rather than
 * when the batch is opened because batches are applied one at a time: two accounts uploading the same file at the
 * same moment are both opened before either completes, and only here does the second see the first.
 */
@Component
public class IdenticalFiles {

    private final BatchStore store;

    public IdenticalFiles(BatchStore store) {
        this.store = store;
    }

    public void note(@ExchangeProperty(IngestHeaders.BATCH_PROPERTY) BatchContext ctx) {
        String checksum = store.find(ctx.id()).map(BatchRecord::checksum).orElse(null);
        if (checksum == null) {
            return;
        }
        store.completedWithChecksum(ctx.connector().id(), checksum).ifPresent(earlier -> {
            store.saveIssues(ctx.id(), List.of(), List.of(new RowIssue(null, null, null,
                    "该文件与 " + earlier.startedAt().toLocalDate() + " 的批次 " + earlier.id()
                            + " 内容完全相同，已入库的数据不会重复，各行将计为“未变化”。")));
            ctx.countWarnings(1);
        });
    }
}

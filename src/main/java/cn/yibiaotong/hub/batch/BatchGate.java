package cn.yibiaotong.hub.batch;

import java.util.Locale;
import org.apache.camel.ExchangeProperty;
import org.springframework.stereotype.Component;

/**
 * Withholds a batch from the unified view: one over the connector's rejection threshold once it has been checked,
 * before anything of it is applied; a dry run once it has been applied in its one transaction, which is then
 * rolled back (BatchSteps).
 */
@Component
public class BatchGate {

    public void refuseOverThreshold(@ExchangeProperty(IngestHeaders.BATCH_PROPERTY) BatchContext ctx) {
        Double max = ctx.connector().acceptance().maxRejectedPercent();
        // JSON and XML batches are counted in records, spreadsheets in rows
        boolean records = ctx.connector().format().isRecords();
        if (max != null && ctx.rejectedPercent() > max) {
            throw new BatchWithheldException(BatchStatus.REFUSED, records ? String.format(Locale.ROOT,
                    "整批拒收：%d 条记录中有 %d 条不合格（%.1f%%），超过连接器“%s”允许的 %s%%，本批数据均未入库。"
                            + "请按报告修正这些记录后重新发送整批数据。",
                    ctx.received(), ctx.rejected(), ctx.rejectedPercent(), ctx.connector().name(), trim(max))
                    : String.format(Locale.ROOT,
                    "整批拒收：%d 行中有 %d 行不合格（%.1f%%），超过连接器“%s”允许的 %s%%，本批数据均未入库。"
                            + "请下载错误行、修正后重新上传整个文件。",
                    ctx.received(), ctx.rejected(), ctx.rejectedPercent(), ctx.connector().name(), trim(max)));
        }
        ctx.markChecked();
    }

    public void withholdDryRun(@ExchangeProperty(IngestHeaders.BATCH_PROPERTY) BatchContext ctx) {
        if (ctx.dryRun()) {
            boolean records = ctx.connector().format().isRecords();
            String unit = records ? "条" : "行";
            throw new BatchWithheldException(BatchStatus.DRY_RUN, String.format(Locale.ROOT,
                    "试运行：已检查全部 %d %s，其中 %d %s将入库、%d %s不合格、%d %s未变化。数据未入库；确认无误后请去掉 dryRun 正式%s。",
                    ctx.received(), records ? "条记录" : "行", ctx.accepted(), unit, ctx.rejected(), unit, ctx.unchanged(), unit,
                    records ? "发送" : "上传"));
        }
    }

    private static String trim(double d) {
        return d == Math.rint(d) ? String.valueOf((long) d) : String.valueOf(d);
    }
}

package cn.yibiaotong.hub.batch;

import java.util.Locale;
import org.apache.camel.ExchangeProperty;
import org.springframework.stereotype.Component;

/**
 * Last stage inside the batch's transaction: a dry run, or a batch over the connector's rejection threshold,
 * is withheld, which rolls back every resident change it made.
 */
@Component
public class BatchGate {

    public void check(@ExchangeProperty(IngestHeaders.BATCH_PROPERTY) BatchContext ctx) {
        Double max = ctx.connector().acceptance().maxRejectedPercent();
        if (max != null && ctx.rejectedPercent() > max) {
            throw new BatchWithheldException(BatchStatus.REFUSED, String.format(Locale.ROOT,
                    "整批拒收：%d 行中有 %d 行不合格（%.1f%%），超过连接器“%s”允许的 %s%%，本批数据均未入库。"
                            + "请下载错误行、修正后重新上传整个文件。",
                    ctx.received(), ctx.rejected(), ctx.rejectedPercent(), ctx.connector().name(), trim(max)));
        }
        if (ctx.dryRun()) {
            throw new BatchWithheldException(BatchStatus.DRY_RUN, String.format(Locale.ROOT,
                    "试运行：已检查全部 %d 行，其中 %d 行将入库、%d 行不合格、%d 行未变化。数据未入库；确认无误后请去掉 dryRun 正式上传。",
                    ctx.received(), ctx.accepted(), ctx.rejected(), ctx.unchanged()));
        }
    }

    private static String trim(double d) {
        return d == Math.rint(d) ? String.valueOf((long) d) : String.valueOf(d);
    }
}

package cn.yibiaotong.hub.batch;

import cn.yibiaotong.hub.parse.FileRejectedException;
import java.util.Locale;
import org.apache.camel.Exchange;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.stereotype.Component;

/**
 * Last stage of every batch, whatever happened: records the outcome and counts, closes the file, and
 * leaves the {@link BatchReport} as the message body. Logs carry ids and counts only, never cell values.
 */
@Component
public class BatchCloser {

    private static final Logger LOG = LoggerFactory.getLogger(BatchCloser.class);

    private final BatchStore store;
    private final BatchReports reports;
    private final InFlightBatches inFlight;

    public BatchCloser(BatchStore store, BatchReports reports, InFlightBatches inFlight) {
        this.store = store;
        this.reports = reports;
        this.inFlight = inFlight;
    }

    public void completed(Exchange exchange) {
        BatchContext ctx = context(exchange);
        // JSON and XML batches count records (共 20 条记录，入库 18 条), spreadsheets rows
        boolean records = ctx.connector().format().isRecords();
        String message = String.format(Locale.ROOT, "已完成：共 %d %s，入库 %d %s，不合格 %d %s，未变化 %d %s，提示 %d 条。",
                ctx.received(), records ? "条记录" : "行", ctx.accepted(), each(records), ctx.rejected(), each(records),
                ctx.unchanged(), each(records), ctx.warnings());
        finish(exchange, ctx, BatchStatus.COMPLETED, null, message);
    }

    private static String each(boolean records) {
        return records ? "条" : "行";
    }

    /** A refused batch (nothing of it was applied) or a dry run (its one step was rolled back, BatchSteps). */
    public void withheld(Exchange exchange) {
        BatchWithheldException e = caught(exchange, BatchWithheldException.class);
        BatchContext ctx = context(exchange);
        finish(exchange, ctx, e.status(), e.status() == BatchStatus.REFUSED ? "over-threshold" : null, e.getMessage());
    }

    /** A file that cannot be read as a whole: found while checking it, so none of its rows count. */
    public void fileRejected(Exchange exchange) {
        FileRejectedException e = caught(exchange, FileRejectedException.class);
        BatchContext ctx = context(exchange);
        ctx.closeSource();
        String unit = ctx.connector().format().unit();
        try {
            // read again for the apply pass, the file had changed under it: what committed steps applied stays
            store.failIfRunning(ctx.id(), e.code(), applied -> applied.after(e.getMessage(), unit));
        } finally {
            inFlight.ended(ctx.id());
        }
        BatchReport report = reports.find(ctx.id()).orElseThrow();
        LOG.info("batch {} connector={} status={} received={} accepted={} rejected={} unchanged={} warnings={}",
                ctx.id(), ctx.connector().id(), report.status(), report.received(), report.accepted(), report.rejected(),
                report.unchanged(), report.warnings());
        exchange.getMessage().setBody(report);
    }

    /** An unexpected failure: the batch is marked failed and the exception goes on to the transport. */
    public void failed(Exchange exchange) throws Exception {
        Exception e = caught(exchange, Exception.class);
        BatchContext ctx = context(exchange);
        if (ctx != null) {
            ctx.closeSource();
            LOG.error("batch {} of connector {} failed: {}", ctx.id(), ctx.connector().id(), e.getClass().getName());
            String unit = ctx.connector().format().unit();
            try {
                // a batch whose data committed (COMPLETED in its own transaction) keeps that outcome
                if (DiskSpace.exhausted(e)) {
                    store.failIfRunning(ctx.id(), "disk-full", applied -> applied.after(DiskSpace.MESSAGE, unit));
                } else {
                    store.failIfRunning(ctx.id(), "internal-error", applied -> applied.any()
                            ? "处理过程中发生内部错误。" + applied.sentence(unit) + "请稍后重新提交；" + AppliedPart.resendNote()
                                    + "如仍失败请联系管理员并提供批次号 " + ctx.id() + "。"
                            : "处理过程中发生内部错误，本批数据均未入库。请稍后重试；如仍失败请联系管理员并提供批次号 " + ctx.id() + "。");
                }
            } catch (DataAccessException storeDown) {
                // the database itself is gone; InterruptedBatches ends this batch once it is back
                LOG.error("batch {} could not be marked failed, store unavailable: {}", ctx.id(),
                        storeDown.getClass().getSimpleName());
            } finally {
                inFlight.ended(ctx.id());
            }
        }
        throw e;
    }

    private void finish(Exchange exchange, BatchContext ctx, BatchStatus status, String code, String message) {
        ctx.closeSource();
        try {
            store.finish(ctx, status, code, message);
        } finally {
            inFlight.ended(ctx.id());
        }
        LOG.info("batch {} connector={} status={} received={} accepted={} rejected={} unchanged={} warnings={}",
                ctx.id(), ctx.connector().id(), status, ctx.received(), ctx.accepted(), ctx.rejected(),
                ctx.unchanged(), ctx.warnings());
        exchange.getMessage().setBody(reports.find(ctx.id()).orElseThrow());
    }

    private static BatchContext context(Exchange exchange) {
        return exchange.getProperty(IngestHeaders.BATCH_PROPERTY, BatchContext.class);
    }

    private static <T extends Exception> T caught(Exchange exchange, Class<T> type) {
        Exception e = exchange.getProperty(Exchange.EXCEPTION_CAUGHT, Exception.class);
        Throwable t = e;
        while (t != null && !type.isInstance(t)) {
            t = t.getCause();
        }
        return type.cast(t != null ? t : e);
    }
}

package cn.yibiaotong.hub.batch;

import cn.yibiaotong.hub.delivery.CellCount;
import cn.yibiaotong.hub.delivery.CellsSaved;
import java.util.List;
import java.util.Optional;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/** Builds the report of a stored batch, with the first issues inline. */
@Component
public class BatchReports {

    private final BatchStore store;
    private final int inlineIssues;
    private final CellsSaved cells;

    public BatchReports(BatchStore store, @Value("${hub.report.inline-issues:200}") int inlineIssues, CellsSaved cells) {
        this.store = store;
        this.inlineIssues = inlineIssues;
        this.cells = cells;
    }

    public Optional<BatchReport> find(String batchId) {
        return store.find(batchId).map(this::toReport);
    }

    public BatchReport toReport(BatchRecord b) {
        var rejections = store.issues(b.id(), "REJECT", 0, inlineIssues).stream().map(IssueView::of).toList();
        var warnings = store.issues(b.id(), "WARN", 0, inlineIssues).stream().map(IssueView::of).toList();
        CellCount count = b.status() == BatchStatus.COMPLETED && !b.dryRun()
                ? cells.of(b.cellsUploaded(), b.cellsByDepartment()) : null;
        return build(b, rejections, warnings, rejections.size() == inlineIssues || warnings.size() == inlineIssues, count);
    }

    /** The counts and outcome only, for lists of batches; the details are at the batch's own URL. */
    public BatchReport summary(BatchRecord b) {
        return build(b, List.of(), List.of(), b.rejected() + b.warnings() > 0, null);
    }

    private BatchReport build(BatchRecord b, List<IssueView> rejections, List<IssueView> warnings, boolean truncated,
                              CellCount count) {
        String base = "/api/batches/" + b.id() + "/rejections";
        return new BatchReport(b.id(), b.connectorId(), b.sourceName(), b.channel(), b.format(), b.status(), b.dryRun(),
                b.received(), b.accepted(), b.rejected(), b.unchanged(), b.warnings(), b.errorCode(), b.message(),
                b.startedAt(), b.finishedAt(), rejections, warnings, truncated, base,
                b.rejected() > 0 ? base + "?format=csv" : null, count == null ? null : count.uploaded(),
                count == null ? null : count.forDepartments(), count == null ? null : count.sentence());
    }
}

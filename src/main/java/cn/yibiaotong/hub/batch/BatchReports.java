package cn.yibiaotong.hub.batch;

import java.util.Optional;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/** Builds the report of a stored batch, with the first issues inline. */
@Component
public class BatchReports {

    private final BatchStore store;
    private final int inlineIssues;

    public BatchReports(BatchStore store, @Value("${hub.report.inline-issues:200}") int inlineIssues) {
        this.store = store;
        this.inlineIssues = inlineIssues;
    }

    public Optional<BatchReport> find(String batchId) {
        return store.find(batchId).map(this::toReport);
    }

    public BatchReport toReport(BatchRecord b) {
        var rejections = store.issues(b.id(), "REJECT", 0, inlineIssues).stream().map(IssueView::of).toList();
        var warnings = store.issues(b.id(), "WARN", 0, inlineIssues).stream().map(IssueView::of).toList();
        boolean truncated = rejections.size() == inlineIssues || warnings.size() == inlineIssues;
        String base = "/api/batches/" + b.id() + "/rejections";
        return new BatchReport(b.id(), b.connectorId(), b.sourceName(), b.channel(), b.format(), b.status(), b.dryRun(),
                b.received(), b.accepted(), b.rejected(), b.unchanged(), b.warnings(), b.errorCode(), b.message(),
                b.startedAt(), b.finishedAt(), rejections, warnings, truncated, base,
                b.rejected() > 0 ? base + "?format=csv" : null);
    }
}

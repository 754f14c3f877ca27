package cn.yibiaotong.hub.web;

import cn.yibiaotong.hub.batch.BatchRecord;
import cn.yibiaotong.hub.batch.BatchReport;
import cn.yibiaotong.hub.batch.BatchReports;
import cn.yibiaotong.hub.batch.BatchStore;
import cn.yibiaotong.hub.batch.IssueView;
import cn.yibiaotong.hub.security.AuditAction;
import cn.yibiaotong.hub.security.AuditLog;
import cn.yibiaotong.hub.security.Caller;
import cn.yibiaotong.hub.security.Callers;
import cn.yibiaotong.hub.security.Role;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

/** Batch reports and their rejected rows, as JSON or as the correction file. */
@RestController
@Tag(name = "batches", description = "批次报告")
public class BatchController {

    private final BatchReports reports;
    private final BatchStore store;
    private final CorrectionFile correctionFile;
    private final SearchParameters parameters;
    private final AuditLog audit;

    public BatchController(BatchReports reports, BatchStore store, CorrectionFile correctionFile,
                           SearchParameters parameters, AuditLog audit) {
        this.audit = audit;
        this.parameters = parameters;
        this.reports = reports;
        this.store = store;
        this.correctionFile = correctionFile;
    }

    @Operation(summary = "批次报告")
    @GetMapping("/api/batches/{id}")
    public BatchReport report(@PathVariable String id) {
        return reports.toReport(batch(id));
    }

    public record RejectionPage(String batchId, long total, int page, int size, List<IssueView> rejections) {
    }

    @Operation(summary = "不合格行（JSON 分页）")
    @GetMapping("/api/batches/{id}/rejections")
    public RejectionPage rejections(@PathVariable String id, @RequestParam(defaultValue = "0") int page,
                                    @RequestParam(defaultValue = "100") int size) {
        batch(id);
        parameters.checkPage(page, size, 1000);
        audit.record(AuditAction.READ_BATCH_REJECTIONS, "batch:" + id, "OK");
        List<IssueView> items = store.issues(id, "REJECT", page * size, size).stream().map(IssueView::of).toList();
        return new RejectionPage(id, store.countIssues(id, "REJECT"), page, size, items);
    }

    @Operation(summary = "纠错文件：不合格行原样导出（UTF-8 带 BOM 的 CSV，末列为错误原因），修改后可直接重新上传")
    @GetMapping(path = "/api/batches/{id}/rejections", params = "format=csv")
    public ResponseEntity<StreamingResponseBody> correctionFile(@PathVariable String id) {
        BatchRecord batch = batch(id);
        audit.record(AuditAction.READ_BATCH_REJECTIONS, "batch:" + id, "OK");
        StreamingResponseBody body = out -> correctionFile.write(batch, out);
        String name = baseName(batch.sourceName()) + "-错误行.csv";
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment().filename(name, StandardCharsets.UTF_8).build().toString())
                .contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
                .body(body);
    }

    /**
     * A batch report holds the submitted rows as they were (rejected rows, personal data): an administrator sees
     * every batch, anyone else only the batches it submitted itself. Another's batch is not found.
     */
    private BatchRecord batch(String id) {
        Caller caller = Callers.current();
        return (caller.role() == Role.ADMIN ? store.find(id) : store.find(id, caller.username())).orElseThrow(() ->
                new ApiProblem(HttpStatus.NOT_FOUND, "批次不存在", "批次“" + id
                        + "”不存在。请核对上传后返回的 batchId。"));
    }

    private static String baseName(String fileName) {
        if (fileName == null || fileName.isBlank()) {
            return "batch";
        }
        String name = fileName.replaceAll("[\\\\/]", "_");
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }
}

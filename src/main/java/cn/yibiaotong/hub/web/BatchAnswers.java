package cn.yibiaotong.hub.web;

import cn.yibiaotong.hub.batch.BatchReport;
import cn.yibiaotong.hub.batch.BatchStatus;
import java.net.URI;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/**
 * A batch report as the HTTP answer, the same for every channel that waits for its batch (upload, push):
 * 201 COMPLETED, 200 DRY_RUN, 422 REFUSED or FAILED as problem details carrying the report.
 */
final class BatchAnswers {

    private BatchAnswers() {
    }

    /** @param unreadableTitle the problem title when the input as a whole could not be read */
    static ResponseEntity<BatchReport> respond(BatchReport report, String unreadableTitle) {
        if (report.status() == BatchStatus.FAILED || report.status() == BatchStatus.REFUSED) {
            throw new ApiProblem(HttpStatus.UNPROCESSABLE_ENTITY,
                    report.status() == BatchStatus.FAILED ? unreadableTitle : "整批拒收", report.message())
                    .with("batchId", report.batchId())
                    .with("errorCode", report.errorCode())
                    .with("report", report);
        }
        if (report.status() == BatchStatus.DRY_RUN) {
            return ResponseEntity.ok(report);
        }
        return ResponseEntity.created(URI.create("/api/batches/" + report.batchId())).body(report);
    }
}

package cn.yibiaotong.hub.batch;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * What the uploader gets back: the counts (received = accepted + rejected + unchanged, always), the outcome in
 * plain Chinese, and the first rejections and warnings; the full lists are at the linked endpoints.
 */
@Schema(description = "批次报告 batch report")
public record BatchReport(
        String batchId,
        String connector,
        String fileName,
        String channel,
        @Schema(description = "实际读取的格式，如 CSV（GBK）") String format,
        @Schema(description = "RUNNING | COMPLETED | DRY_RUN | REFUSED | FAILED") BatchStatus status,
        boolean dryRun,
        long received,
        @Schema(description = "新增或有变化并已入库（试运行/拒收时为“将入库”）的行数") long accepted,
        long rejected,
        long unchanged,
        long warnings,
        @Schema(description = "整批失败的原因代码，如 wrong-encoding、missing-columns") String errorCode,
        @Schema(description = "给上传人的中文说明") String message,
        OffsetDateTime startedAt,
        OffsetDateTime finishedAt,
        List<IssueView> rejections,
        List<IssueView> warningDetails,
        @Schema(description = "rejections/warningDetails 只列出前若干条时为 true") boolean detailsTruncated,
        String rejectionsUrl,
        String correctionFileUrl,
        @Schema(description = "本批一次上传的单元格数（入库行 × 对应数据项的列）") Long cellsUploaded,
        @Schema(description = "若按本批所供各部门的模板分别填报需录入的单元格数") Long cellsForDepartments,
        @Schema(description = "上面两个数字的中文说明") String cellsSaved) {
}

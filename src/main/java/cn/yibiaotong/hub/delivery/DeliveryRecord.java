package cn.yibiaotong.hub.delivery;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.OffsetDateTime;

/** One delivery as stored, and as GET /api/deliveries lists it. */
@Schema(description = "向部门的一次报送 delivery")
public record DeliveryRecord(
        String id,
        String connector,
        String department,
        @Schema(description = "区划代码前缀，如 510112001") String division,
        @Schema(description = "报送期，如 2026-11") String period,
        @Schema(description = "on-demand | schedule") String trigger,
        DeliveryStatus status,
        @Schema(description = "接收地址或写入的文件夹") String target,
        String fileName,
        String contentType,
        @Schema(description = "文件的 SHA-256") String checksum,
        Long byteSize,
        int rowCount,
        @Schema(description = "上次报送以来减少的人数（名单和原因见 removalsUrl）") int removedCount,
        int attempts,
        int maxAttempts,
        OffsetDateTime nextAttemptAt,
        String lastError,
        @Schema(description = "接收方的 HTTP 状态码") Integer responseStatus,
        @Schema(description = "接收方的应答（前 2000 字符）") String responseBody,
        @Schema(description = "幂等键：每次 HTTP 尝试的 Idempotency-Key") String idempotencyKey,
        OffsetDateTime createdAt,
        OffsetDateTime deliveredAt,
        String fileUrl,
        String removalsUrl) {
}

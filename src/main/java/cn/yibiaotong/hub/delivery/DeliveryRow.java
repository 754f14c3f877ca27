package cn.yibiaotong.hub.delivery;

import java.time.OffsetDateTime;

/** A row of the delivery table, including where its file is stored (which the API does not show). */
public record DeliveryRow(String id, String connectorId, String department, String division, String period,
                          String trigger, DeliveryStatus status, String target, String fileName, String contentType,
                          String storedFile, String checksum, Long byteSize, int rowCount, int removedCount,
                          int attempts, int maxAttempts, OffsetDateTime nextAttemptAt, String lastError,
                          Integer responseStatus, String responseBody, OffsetDateTime createdAt,
                          OffsetDateTime deliveredAt) {

    public DeliveryRecord view() {
        String base = "/api/deliveries/" + id;
        return new DeliveryRecord(id, connectorId, department, division, period, trigger, status, target, fileName,
                contentType, checksum, byteSize, rowCount, removedCount, attempts, maxAttempts, nextAttemptAt, lastError,
                responseStatus, responseBody, id, createdAt, deliveredAt, base + "/file", base + "/removals");
    }
}

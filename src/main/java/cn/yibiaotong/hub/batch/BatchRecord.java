package cn.yibiaotong.hub.batch;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

/** A batch as stored. */
public record BatchRecord(String id, String connectorId, String channel, String sourceName, String checksum,
                          String format, List<String> headerCells, BatchStatus status, boolean dryRun,
                          long received, long accepted, long rejected, long unchanged, long warnings,
                          String errorCode, String message, String submittedBy,
                          OffsetDateTime startedAt, OffsetDateTime finishedAt, Long cellsUploaded,
                          Map<String, Long> cellsByDepartment) {
}

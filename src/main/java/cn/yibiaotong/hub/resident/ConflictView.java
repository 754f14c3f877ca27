package cn.yibiaotong.hub.resident;

import java.time.OffsetDateTime;
import java.util.List;

/** One item on which a resident's sources disagree: each source's value, the one shown, and why. */
public record ConflictView(String residentId, String idNumber, String name, String communityCode, String item,
                           String itemName, List<SourceValue> sources, String winnerConnector, String reason,
                           OffsetDateTime detectedAt) {

    public record SourceValue(String connector, String department, String value, String display) {
    }

    public record Page(List<ConflictView> content, int page, int size, long totalElements) {
    }
}

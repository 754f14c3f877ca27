package cn.yibiaotong.hub.community;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * One change in the feed: a source's new version of its record about a resident, and which items changed; or a
 * merge or unmerge of two residents ({@code merge} set, no source, no items).
 */
@Schema(description = "变更：某来源关于某居民的一条新版本记录，或两位居民的合并/撤销合并（merge 不为空）")
public record Change(String idNumber, String name, String communityCode, String connector, String department,
                     int version, OffsetDateTime changedAt, List<ItemChange> changes, @JsonIgnore String residentId,
                     @JsonInclude(JsonInclude.Include.NON_NULL) Merge merge) {

    public Change(String idNumber, String name, String communityCode, String connector, String department, int version,
                  OffsetDateTime changedAt, List<ItemChange> changes) {
        this(idNumber, name, communityCode, connector, department, version, changedAt, changes, null, null);
    }

    public Change(String idNumber, String name, String communityCode, String connector, String department, int version,
                  OffsetDateTime changedAt, List<ItemChange> changes, String residentId) {
        this(idNumber, name, communityCode, connector, department, version, changedAt, changes, residentId, null);
    }

    /**
     * Two residents became one (MERGE: the retired hub ID now resolves to the survivor's) or were parted again
     * (UNMERGE: the retired hub ID is a resident of its own again, with its own sources' records).
     */
    @Schema(description = "合并：retiredId（被合并的居民编号）此后解析为 survivorId；撤销合并：retiredId 重新成为独立居民")
    public record Merge(String kind, String retiredId, String survivorId, boolean byMatcher) {
    }

    /** An item's value before (null if new) and after (null if no longer given). */
    public record ItemChange(String item, String itemName, String before, String after, boolean masked) {

        public ItemChange(String item, String itemName, String before, String after) {
            this(item, itemName, before, after, false);
        }
    }
}

package cn.yibiaotong.hub.community;

import com.fasterxml.jackson.annotation.JsonIgnore;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.OffsetDateTime;
import java.util.List;

/** One change in the feed: a source's new version of its record about a resident, and which items changed. */
@Schema(description = "变更：某来源关于某居民的一条新版本记录")
public record Change(String idNumber, String name, String communityCode, String connector, String department,
                     int version, OffsetDateTime changedAt, List<ItemChange> changes, @JsonIgnore String residentId) {

    public Change(String idNumber, String name, String communityCode, String connector, String department, int version,
                  OffsetDateTime changedAt, List<ItemChange> changes) {
        this(idNumber, name, communityCode, connector, department, version, changedAt, changes, null);
    }

    /** An item's value before (null if new) and after (null if no longer given). */
    public record ItemChange(String item, String itemName, String before, String after, boolean masked) {

        public ItemChange(String item, String itemName, String before, String after) {
            this(item, itemName, before, after, false);
        }
    }
}

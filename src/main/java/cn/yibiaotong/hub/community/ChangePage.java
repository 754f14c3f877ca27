package cn.yibiaotong.hub.community;

import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;

/** A page of the change feed and where to continue. */
public record ChangePage(List<Change> changes,
                         @Schema(description = "下次请求时作为 after 传回；没有更多变更时仍可用于下次轮询") String next,
                         boolean hasMore) {
}

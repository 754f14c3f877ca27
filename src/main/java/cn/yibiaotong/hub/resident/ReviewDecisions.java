package cn.yibiaotong.hub.resident;

import cn.yibiaotong.hub.identity.ReviewQueue;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Map;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * A person's decision on an uncertain match. link merges the two residents (ResidentMerges); keep-apart records
 * that they are two people, so that the same records arriving again are not asked about again. Either way the pair
 * is closed with who decided and why.
 */
@Component
public class ReviewDecisions {

    public enum Decision { LINK, KEEP_APART }

    private final ReviewQueue queue;
    private final ResidentMerges merges;
    private final NamedParameterJdbcTemplate jdbc;

    public ReviewDecisions(ReviewQueue queue, ResidentMerges merges, NamedParameterJdbcTemplate jdbc) {
        this.queue = queue;
        this.merges = merges;
        this.jdbc = jdbc;
    }

    @Transactional
    public void decide(long reviewId, Decision decision, String by, String reason) {
        ReviewQueue.Pair pair = queue.pair(reviewId).orElseThrow(() -> new MergeRefused(MergeRefused.Kind.NOT_FOUND,
                "没有编号为 " + reviewId + " 的待核对匹配。请从 GET /api/matches/review 的列表中选择。"));
        if (!"OPEN".equals(pair.status())) {
            throw new MergeRefused(MergeRefused.Kind.CONFLICT, "待核对匹配 " + reviewId + " 已处理（"
                    + ("LINKED".equals(pair.status()) ? "已关联" : "已确认不是同一人") + "）。"
                    + "如需更改，请对居民使用撤销合并（POST /api/residents/{id}/unmerge）。");
        }
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        Long mergeId = null;
        if (decision == Decision.LINK) {
            mergeId = merges.merge(pair.candidateId(), pair.residentId(), by, reason);
        }
        jdbc.update("""
                UPDATE match_review SET status = :status, decided_at = :now, decided_by = :by, reason = :reason,
                                        merge_id = :merge
                WHERE id = :id""", new org.springframework.jdbc.core.namedparam.MapSqlParameterSource()
                .addValue("status", decision == Decision.LINK ? "LINKED" : "KEPT_APART").addValue("now", now)
                .addValue("by", by).addValue("reason", reason).addValue("merge", mergeId).addValue("id", reviewId));
    }
}

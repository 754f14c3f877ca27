package cn.yibiaotong.hub.resident;

import cn.yibiaotong.hub.identity.ResolutionWrites;
import cn.yibiaotong.hub.identity.StoredIdentities;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Merges two residents into one and undoes it. The survivor keeps its hub ID (the one with an ID number, else the
 * older); the retired resident's source records move to it, with their versions and provenance, and the retired hub
 * ID becomes an alias. Unmerge moves the same sources' records back, so both residents are again what their own
 * sources say; survivorship, conflicts, search and deliveries follow because they read the records where they are.
 */
@Component
public class ResidentMerges {

    private final NamedParameterJdbcTemplate jdbc;
    private final ResolutionWrites writes;
    private final StoredIdentities identities;
    private final ResidentRefresh refresh;
    private final ResidentAliases aliases;

    public ResidentMerges(NamedParameterJdbcTemplate jdbc, ResolutionWrites writes, StoredIdentities identities,
                          ResidentRefresh refresh, ResidentAliases aliases) {
        this.jdbc = jdbc;
        this.writes = writes;
        this.identities = identities;
        this.refresh = refresh;
        this.aliases = aliases;
    }

    /** @return the merge's id */
    @Transactional
    public long merge(String a, String b, String by, String reason) {
        Plan plan = plan(a, b);
        if (plan.refusal() != null) {
            throw new MergeRefused(MergeRefused.Kind.CONFLICT, plan.refusal());
        }
        return apply(plan, by, reason, false, null);
    }

    /**
     * The matcher's merge at ingest: a resident without an ID number that a record known by its ID links to.
     *
     * @return false when the two cannot be merged (then they stay apart, as a person would have to decide)
     */
    public boolean absorb(String survivor, String retired, double score, double linkThreshold) {
        Plan plan = plan(survivor, retired);
        if (plan.refusal() != null) {
            return false;
        }
        apply(plan, ResolutionWrites.MATCHER, "得分 %.1f，不低于自动关联阈值 %.1f".formatted(score, linkThreshold), true, score);
        return true;
    }

    private record Plan(String survivor, String retired, Set<String> moving, String refusal) {
    }

    private Plan plan(String a, String b) {
        String first = aliases.current(a);
        String second = aliases.current(b);
        if (first.equals(second)) {
            return new Plan(first, second, Set.of(), "这两条记录已属于同一位居民（" + first + "），无需再关联。");
        }
        Side x = resident(first);
        Side y = resident(second);
        if (x.idNumber() != null && y.idNumber() != null) {
            return new Plan(first, second, Set.of(), "两位居民各有一个有效的公民身份号码，且号码不同，不能合并为一人。"
                    + "如其中一个号码录入有误，请由来源部门更正后重新报送，系统会按号码自动关联。");
        }
        boolean xSurvives = x.idNumber() != null || y.idNumber() == null && !x.createdAt().isAfter(y.createdAt());
        String survivor = xSurvives ? first : second;
        String retired = xSurvives ? second : first;
        Set<String> moving = connectorsOf(retired);
        Set<String> both = new TreeSet<>(moving);
        both.retainAll(connectorsOf(survivor));
        if (!both.isEmpty()) {
            return new Plan(survivor, retired, moving, "两位居民都有来自连接器“" + String.join("、", both)
                    + "”的记录：同一部门把此人登记了两次。请先由该部门合并或删除重复的记录，再关联。");
        }
        return new Plan(survivor, retired, moving, null);
    }

    private long apply(Plan plan, String by, String reason, boolean byMatcher, Double score) {
        String survivor = plan.survivor();
        String retired = plan.retired();
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        long mergeId = writes.insertMerge(survivor, retired, String.join(",", new TreeSet<>(plan.moving())), null,
                byMatcher, score, now, by, reason);
        if (!plan.moving().isEmpty()) {
            move(retired, survivor, plan.moving());
        }
        jdbc.update("UPDATE resident SET merged_into = :s WHERE id = :r", Map.of("s", survivor, "r", retired));
        jdbc.update("INSERT INTO resident_alias (alias_id, resident_id, merge_id, created_at) VALUES (:r, :s, :m, :now)",
                Map.of("r", retired, "s", survivor, "m", mergeId, "now", now));
        jdbc.update("DELETE FROM resident_conflict WHERE resident_id = :r", Map.of("r", retired));
        refresh.refresh(Set.of(survivor), now);
        return mergeId;
    }

    /**
     * Undoes the newest merge that retired this hub ID, or if it retired none, the newest merge into it.
     *
     * @return the two residents, survivor first
     */
    @Transactional
    public List<String> unmerge(String residentId, String by, String reason) {
        List<Map<String, Object>> merges = jdbc.queryForList("""
                SELECT * FROM resident_merge WHERE unmerged_at IS NULL AND (retired_id = :id OR survivor_id = :id)
                ORDER BY CASE WHEN retired_id = :id THEN 0 ELSE 1 END, id DESC""", Map.of("id", residentId));
        if (merges.isEmpty()) {
            throw new MergeRefused(MergeRefused.Kind.NOT_FOUND, "居民 " + residentId + " 没有可撤销的合并。");
        }
        Map<String, Object> m = merges.get(0);
        long mergeId = ((Number) m.get("id")).longValue();
        String retired = (String) m.get("retired_id");
        String holder = aliases.current((String) m.get("survivor_id"));
        Set<String> moved = Arrays.stream(((String) m.get("connectors")).split(",")).filter(s -> !s.isEmpty())
                .collect(Collectors.toSet());
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        if (!moved.isEmpty()) {
            move(holder, retired, moved);
        }
        String idNumber = (String) m.get("id_number");
        if (idNumber != null) {
            jdbc.update("UPDATE resident SET id_number = NULL WHERE id = :h", Map.of("h", holder));
            jdbc.update("UPDATE resident SET id_number = :n WHERE id = :r", Map.of("n", idNumber, "r", retired));
        }
        jdbc.update("UPDATE resident SET merged_into = NULL WHERE id = :r", Map.of("r", retired));
        jdbc.update("DELETE FROM resident_alias WHERE alias_id = :r", Map.of("r", retired));
        jdbc.update("""
                UPDATE resident_merge SET unmerged_at = :now, unmerged_by = :by, unmerge_reason = :reason WHERE id = :id""",
                Map.of("now", now, "by", by, "reason", reason, "id", mergeId));
        jdbc.update("""
                UPDATE match_review SET status = 'KEPT_APART', decided_at = :now, decided_by = :by, reason = :reason
                WHERE merge_id = :id""", Map.of("now", now, "by", by, "reason", "撤销合并：" + reason, "id", mergeId));
        refresh.refresh(Set.of(holder, retired), now);
        return List.of(holder, retired);
    }

    private void move(String from, String to, Set<String> connectors) {
        Map<String, Object> p = Map.of("from", from, "to", to, "connectors", connectors);
        jdbc.update("UPDATE resident_record SET resident_id = :to WHERE resident_id = :from AND connector_id IN (:connectors)", p);
        jdbc.update("""
                UPDATE batch_row SET resident_id = :to WHERE resident_id = :from
                AND batch_id IN (SELECT id FROM batch WHERE connector_id IN (:connectors))""", p);
        identities.move(from, to, connectors);
        jdbc.update("UPDATE resident SET version = version + 1, updated_at = :now WHERE id IN (:ids)",
                Map.of("now", OffsetDateTime.now(ZoneOffset.UTC), "ids", List.of(from, to)));
    }

    private record Side(String id, String idNumber, OffsetDateTime createdAt) {
    }

    private Side resident(String id) {
        return jdbc.query("SELECT id, id_number, created_at FROM resident WHERE id = :id", Map.of("id", id),
                (rs, n) -> new Side(rs.getString(1), rs.getString(2), rs.getObject(3, OffsetDateTime.class)))
                .stream().findFirst().orElseThrow(() -> new MergeRefused(MergeRefused.Kind.NOT_FOUND,
                        "没有编号为 " + id + " 的居民。"));
    }

    private Set<String> connectorsOf(String residentId) {
        return new HashSet<>(jdbc.queryForList(
                "SELECT DISTINCT connector_id FROM resident_record WHERE resident_id = :id AND valid_to IS NULL",
                Map.of("id", residentId), String.class));
    }
}

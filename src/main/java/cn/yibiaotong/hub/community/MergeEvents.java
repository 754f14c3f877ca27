package cn.yibiaotong.hub.community;

import java.time.OffsetDateTime;
import java.util.List;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Merges and unmerges of residents under a division, for the change feed: a department that kept a hub ID must
 * learn that it now resolves to another resident (merge) or is a resident of its own again (unmerge). An event is
 * in scope when either resident's community is under the division. In the feed's order each event sits at its time,
 * keyed by the retired hub ID and the pseudo-source {@link #MERGE} or {@link #UNMERGE} with the merge's number.
 */
@Component
public class MergeEvents {

    /** Pseudo-sources in the feed's cursor; '~' sorts after every connector id. */
    public static final String MERGE = "~merge";
    public static final String UNMERGE = "~unmerge";

    private final NamedParameterJdbcTemplate jdbc;

    public MergeEvents(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** An event and the key it sorts by in the feed. */
    public record Event(OffsetDateTime at, String retiredId, String kind, long mergeId, String survivorId,
                        String idNumber, String name, String communityCode, boolean byMatcher) {
    }

    /** At most {@code limit} events after the cursor, in the feed's order. */
    public List<Event> after(String divisionPrefix, ChangeCursor after, int limit) {
        MapSqlParameterSource p = new MapSqlParameterSource("prefix", divisionPrefix + "%").addValue("at", after.at())
                .addValue("rid", after.residentId()).addValue("cid", after.connectorId()).addValue("v", after.version())
                .addValue("size", limit);
        return jdbc.query("""
                SELECT e.at, e.retired_id, e.kind, e.id, e.survivor_id, e.by_matcher, s.id_number, s.name,
                       COALESCE(s.community_code, r.community_code) AS community_code
                FROM (
                  SELECT m.merged_at AS at, m.retired_id, '%1$s' AS kind, m.id, m.survivor_id, m.by_matcher
                  FROM resident_merge m
                  UNION ALL
                  SELECT m.unmerged_at, m.retired_id, '%2$s', m.id, m.survivor_id, m.by_matcher
                  FROM resident_merge m WHERE m.unmerged_at IS NOT NULL
                ) e
                JOIN resident s ON s.id = e.survivor_id
                JOIN resident r ON r.id = e.retired_id
                WHERE (s.community_code LIKE :prefix OR r.community_code LIKE :prefix)
                  AND (e.at > :at OR e.at = :at AND (e.retired_id > :rid
                       OR e.retired_id = :rid AND (e.kind > :cid OR e.kind = :cid AND e.id > :v)))
                ORDER BY e.at, e.retired_id, e.kind, e.id
                FETCH FIRST :size ROWS ONLY""".formatted(MERGE, UNMERGE), p, (rs, n) -> new Event(
                rs.getObject("at", OffsetDateTime.class), rs.getString("retired_id"), rs.getString("kind"), rs.getLong("id"),
                rs.getString("survivor_id"), rs.getString("id_number"), rs.getString("name"),
                rs.getString("community_code"), rs.getBoolean("by_matcher")));
    }
}

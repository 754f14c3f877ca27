package cn.yibiaotong.hub.identity;

import java.sql.PreparedStatement;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

/**
 * Writes what resolving a chunk decided, before the chunk's records are stored: new residents, the matcher's links
 * as merges (with the retired hub ID as an alias, so a link can be undone like a person's), and review pairs.
 */
@Repository
public class ResolutionWrites {

    /** Who made a merge that no person decided. */
    public static final String MATCHER = "自动匹配";

    /** resident's search columns (ResidentSummaries.columns gives their values in this order). */
    public static final String SUMMARY_COLUMNS =
            "name, gender, birth_date, community_code, grid_code, household_id, household_relationship";
    private static final Object[] NO_SUMMARY = new Object[7];

    private final JdbcTemplate jdbc;
    private final MatchScorer scorer;

    public ResolutionWrites(JdbcTemplate jdbc, MatchScorer scorer) {
        this.jdbc = jdbc;
        this.scorer = scorer;
    }

    public void apply(ChunkResolution resolution, String batchId, String connectorId, OffsetDateTime now) {
        apply(resolution, batchId, connectorId, now, Map.of());
    }

    /**
     * @param summaries the search columns of new residents by id, in the order of {@link #SUMMARY_COLUMNS}: a resident
     *                  whose values the chunk already knows is inserted with them instead of updated right after
     */
    public void apply(ChunkResolution resolution, String batchId, String connectorId, OffsetDateTime now,
                      Map<String, Object[]> summaries) {
        List<Object[]> residents = new ArrayList<>();
        for (ChunkResolution.NewResident r : resolution.newResidents()) {
            Object[] columns = summaries.getOrDefault(r.id(), NO_SUMMARY);
            Object[] row = new Object[5 + NO_SUMMARY.length];
            row[0] = r.id();
            row[1] = r.idNumber();
            row[2] = r.mergedInto();
            row[3] = now;
            row[4] = now;
            System.arraycopy(columns, 0, row, 5, NO_SUMMARY.length);
            residents.add(row);
        }
        jdbc.batchUpdate("""
                INSERT INTO resident (id, id_number, merged_into, version, created_at, updated_at, %s)
                VALUES (?, ?, ?, 1, ?, ?, ?, ?, ?, ?, ?, ?, ?)""".formatted(SUMMARY_COLUMNS), residents);
        for (ChunkResolution.AutoMerge m : resolution.merges()) {
            if (m.idNumber() != null) {
                jdbc.update("UPDATE resident SET id_number = ? WHERE id = ?", m.idNumber(), m.survivorId());
            }
            long mergeId = insertMerge(m.survivorId(), m.retiredId(), m.connectorId(), m.idNumber(), true, m.score(),
                    now, MATCHER, "得分 %.1f，不低于自动关联阈值 %.1f".formatted(m.score(), scorer.linkThreshold()));
            jdbc.update("INSERT INTO resident_alias (alias_id, resident_id, merge_id, created_at) VALUES (?, ?, ?, ?)",
                    m.retiredId(), m.survivorId(), mergeId, now);
        }
        List<Object[]> reviews = new ArrayList<>();
        for (ChunkResolution.Review r : resolution.reviews()) {
            reviews.add(new Object[] {r.residentId(), r.candidateId(), connectorId, batchId, r.row(), r.score(),
                    Levels.format(r.levels()), now});
        }
        jdbc.batchUpdate("""
                INSERT INTO match_review (resident_id, candidate_id, connector_id, batch_id, source_row, score, levels,
                                          status, created_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, 'OPEN', ?)""", reviews);
    }

    /** Inserts a merge row and returns its id. */
    public long insertMerge(String survivor, String retired, String connectors, String idNumber, boolean byMatcher,
                            Double score, OffsetDateTime now, String by, String reason) {
        KeyHolder key = new GeneratedKeyHolder();
        jdbc.update(c -> {
            PreparedStatement ps = c.prepareStatement("""
                    INSERT INTO resident_merge (survivor_id, retired_id, connectors, id_number, by_matcher, score,
                                                merged_at, merged_by, reason)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)""", new String[] {"id"});
            ps.setString(1, survivor);
            ps.setString(2, retired);
            ps.setString(3, connectors);
            ps.setString(4, idNumber);
            ps.setBoolean(5, byMatcher);
            ps.setObject(6, score);
            ps.setObject(7, now);
            ps.setString(8, by);
            ps.setString(9, reason);
            return ps;
        }, key);
        return Objects.requireNonNull(key.getKey()).longValue();
    }
}

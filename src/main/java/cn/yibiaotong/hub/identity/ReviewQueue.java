package cn.yibiaotong.hub.identity;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The uncertain matches for a person to decide: each pair with both sides' compared values (every source record
 * of each resident, as filed for matching) and the evidence, field by field, with the score and the thresholds.
 */
@Component
public class ReviewQueue {

    private final NamedParameterJdbcTemplate jdbc;
    private final StoredIdentities stored;
    private final MatchScorer scorer;

    public ReviewQueue(NamedParameterJdbcTemplate jdbc, StoredIdentities stored, MatchScorer scorer) {
        this.jdbc = jdbc;
        this.stored = stored;
        this.scorer = scorer;
    }

    public record Side(String residentId, String idNumber, String name, List<SourceValues> sources) {
    }

    /** One source record's values as compared: name cleaned, birth yyyy-MM-dd, addresses normalised. */
    public record SourceValues(String connector, String name, String birthDate, String gender, String phone,
                               String registeredAddress, String residenceAddress, String community) {
    }

    public record Thresholds(double link, double review) {
    }

    public record Item(long id, String status, double score, Thresholds thresholds, String connector, String batchId,
                       Long row, OffsetDateTime createdAt, Side record, Side candidate,
                       List<MatchScorer.Evidence> evidence, String decidedBy, OffsetDateTime decidedAt, String reason) {
    }

    public record Page(List<Item> content, int page, int size, long totalElements, long totalPages) {
    }

    /** A pair as stored: the raw row, for deciding. */
    public record Pair(long id, String residentId, String candidateId, String status) {
    }

    public Page list(String status, int page, int size) {
        Long total = jdbc.queryForObject("SELECT COUNT(*) FROM match_review WHERE status = :s", Map.of("s", status), Long.class);
        List<Item> items = jdbc.query("""
                SELECT * FROM match_review WHERE status = :s ORDER BY score DESC, id
                OFFSET :offset ROWS FETCH NEXT :size ROWS ONLY""",
                Map.of("s", status, "offset", (long) page * size, "size", size), this::item);
        long t = total == null ? 0 : total;
        return new Page(items, page, size, t, (t + size - 1) / size);
    }

    public Optional<Item> get(long id) {
        return jdbc.query("SELECT * FROM match_review WHERE id = :id", Map.of("id", id), this::item).stream().findFirst();
    }

    public Optional<Pair> pair(long id) {
        return jdbc.query("SELECT id, resident_id, candidate_id, status FROM match_review WHERE id = :id", Map.of("id", id),
                (rs, n) -> new Pair(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4))).stream().findFirst();
    }

    private Item item(ResultSet rs, int n) throws SQLException {
        int[] levels = Levels.parse(rs.getString("levels"));
        return new Item(rs.getLong("id"), rs.getString("status"), rs.getDouble("score"),
                new Thresholds(scorer.linkThreshold(), scorer.reviewThreshold()), rs.getString("connector_id"),
                rs.getString("batch_id"), rs.getObject("source_row") == null ? null : rs.getLong("source_row"),
                rs.getObject("created_at", OffsetDateTime.class), side(rs.getString("resident_id")),
                side(rs.getString("candidate_id")), scorer.evidence(levels), rs.getString("decided_by"),
                rs.getObject("decided_at", OffsetDateTime.class), rs.getString("reason"));
    }

    /** A resident as it is now; a merged one shows the records its survivor holds. */
    private Side side(String residentId) {
        Map<String, Object> row = jdbc.queryForList("SELECT id_number, name FROM resident WHERE id = :id",
                Map.of("id", residentId)).stream().findFirst().orElse(Map.of());
        List<SourceValues> sources = stored.recordsOf(java.util.Set.of(residentId)).getOrDefault(residentId, List.of())
                .stream().map(s -> values(s.record())).toList();
        return new Side(residentId, (String) row.get("id_number"), (String) row.get("name"), sources);
    }

    private static SourceValues values(MatchRecord r) {
        String birth = r.birth() == 0 ? null
                : "%04d-%02d-%02d".formatted(r.birth() / 10000, r.birth() / 100 % 100, r.birth() % 100);
        return new SourceValues(r.key(), r.name() == null ? null : r.name().text(), birth, r.gender(), r.phone(),
                r.registeredAddress(), r.residenceAddress(), r.division());
    }
}

package cn.yibiaotong.hub.cases;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/** The cases a resident reported (linked by citizen ID or phone at intake), newest first, as the board lists them. */
@Component
public class ResidentCases {

    /** a resident page shows the recent ones; the board has the rest */
    private static final int LIMIT = 100;

    private final NamedParameterJdbcTemplate jdbc;
    private final CaseViews views;

    public ResidentCases(NamedParameterJdbcTemplate jdbc, CaseViews views) {
        this.jdbc = jdbc;
        this.views = views;
    }

    /**
     * @param idNumber       a normalised 18-digit citizen ID
     * @param divisionPrefix the caller's division: a resident placed outside it is not found; "" for every division
     * @return empty when no such resident lives in the division
     */
    public Optional<List<CaseView>> of(String idNumber, String divisionPrefix) {
        Map<String, Object> p = Map.of("id", idNumber, "division", divisionPrefix + "%", "limit", LIMIT,
                "anywhere", divisionPrefix.isEmpty());
        List<String> resident = jdbc.queryForList("""
                SELECT id FROM resident WHERE id_number = :id
                  AND (:anywhere OR community_code LIKE :division)""", p, String.class);
        if (resident.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(jdbc.query("""
                SELECT * FROM hub_case WHERE resident_id = :resident
                ORDER BY received_at DESC, id DESC FETCH FIRST :limit ROWS ONLY""",
                Map.of("resident", resident.get(0), "limit", LIMIT),
                (rs, n) -> views.view(CaseRow.of(rs, n), null, 0, List.of())));
    }
}

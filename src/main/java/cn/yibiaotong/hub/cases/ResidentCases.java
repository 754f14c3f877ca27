package cn.yibiaotong.hub.cases;

import java.util.List;
import java.util.Map;
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

    /** @param idNumber a normalised 18-digit citizen ID */
    public List<CaseView> of(String idNumber) {
        return jdbc.query("""
                SELECT c.* FROM hub_case c JOIN resident r ON r.id = c.resident_id
                WHERE r.id_number = :id ORDER BY c.received_at DESC, c.id DESC FETCH FIRST :limit ROWS ONLY""",
                Map.of("id", idNumber, "limit", LIMIT), (rs, n) -> views.view(CaseRow.of(rs, n), null, 0, List.of()));
    }
}

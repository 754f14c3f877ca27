package cn.yibiaotong.hub.cases;

import java.time.Instant;
import java.util.Optional;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The same demand twice: same resident or phone, same matter, same community, received within the window, while
 * the first case is still open. A demand without a known reporter or place is never taken for a duplicate.
 */
@Component
public class DuplicateFinder {

    private final NamedParameterJdbcTemplate jdbc;
    private final CaseSettings settings;

    public DuplicateFinder(NamedParameterJdbcTemplate jdbc, CaseSettings settings) {
        this.jdbc = jdbc;
        this.settings = settings;
    }

    public Optional<Long> firstOf(String matter, Located at, Reporter reporter, Instant receivedAt) {
        if (at.divisionCode() == null || (reporter.residentId() == null && reporter.phone() == null)) {
            return Optional.empty();
        }
        MapSqlParameterSource p = new MapSqlParameterSource().addValue("matter", matter)
                .addValue("division", at.divisionCode())
                .addValue("since", CaseStore.time(receivedAt.minus(settings.duplicateWindow())))
                .addValue("until", CaseStore.time(receivedAt));
        StringBuilder who = new StringBuilder();
        if (reporter.residentId() != null) {
            who.append("resident_id = :resident");
            p.addValue("resident", reporter.residentId());
        }
        if (reporter.phone() != null) {
            who.append(who.isEmpty() ? "" : " OR ").append("reporter_phone = :phone");
            p.addValue("phone", reporter.phone());
        }
        return jdbc.query("SELECT id FROM hub_case WHERE matter_code = :matter AND division_code = :division"
                        + " AND closed_at IS NULL AND received_at >= :since AND received_at <= :until AND (" + who + ")"
                        + " ORDER BY received_at, id FETCH FIRST 1 ROWS ONLY", p, (rs, n) -> rs.getLong(1))
                .stream().findFirst();
    }
}

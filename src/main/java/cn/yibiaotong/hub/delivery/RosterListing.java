package cn.yibiaotong.hub.delivery;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;

/**
 * Who is on a community's current roster: the residents in the latest completed batch of the roster connector
 * that listed anyone of that community. Someone the street left off that roster has moved away (or no longer
 * lives there), and leaves the departments' deliveries. One instance serves one delivery run and remembers one
 * community at a time, which the community-ordered walk makes enough.
 */
final class RosterListing {

    private final NamedParameterJdbcTemplate jdbc;
    private final String rosterConnector;
    private String community;
    private Set<String> listed = Set.of();

    RosterListing(NamedParameterJdbcTemplate jdbc, String rosterConnector) {
        this.jdbc = jdbc;
        this.rosterConnector = rosterConnector;
    }

    boolean isListed(DeliveryResident r) {
        if (r.communityCode() == null) {
            return false;
        }
        if (!r.communityCode().equals(community)) {
            community = r.communityCode();
            listed = load(community);
        }
        return listed.contains(r.residentId());
    }

    private Set<String> load(String communityCode) {
        Map<String, String> p = Map.of("roster", rosterConnector, "community", communityCode);
        List<String> latest = jdbc.queryForList("""
                SELECT b.id FROM batch b
                WHERE b.connector_id = :roster AND b.status = 'COMPLETED' AND EXISTS (
                    SELECT 1 FROM batch_row br JOIN resident r ON r.id = br.resident_id
                    WHERE br.batch_id = b.id AND r.community_code = :community)
                ORDER BY b.started_at DESC, b.id FETCH FIRST 1 ROWS ONLY""", p, String.class);
        if (latest.isEmpty()) {
            return Set.of();
        }
        return new HashSet<>(jdbc.queryForList("""
                SELECT br.resident_id FROM batch_row br JOIN resident r ON r.id = br.resident_id
                WHERE br.batch_id = :batch AND r.community_code = :community""",
                Map.of("batch", latest.get(0), "community", communityCode), String.class));
    }
}

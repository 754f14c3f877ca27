package cn.yibiaotong.hub.dashboard;

import cn.yibiaotong.hub.division.Division;
import cn.yibiaotong.hub.division.DivisionTree;
import java.util.List;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/** Residents of the unified view per community, counted by the database; residents without a community aside. */
@Component
public class ResidentCounts {

    private final NamedParameterJdbcTemplate jdbc;
    private final DivisionTree divisions;

    public ResidentCounts(NamedParameterJdbcTemplate jdbc, DivisionTree divisions) {
        this.jdbc = jdbc;
        this.divisions = divisions;
    }

    /** @param communityCode the 12-digit code; streetName the name of the community's street (town) */
    public record CommunityCount(String communityCode, String communityName, String streetName, long residents) {
    }

    /** @param divisionPrefix significant prefix of any level, or null for every community */
    public List<CommunityCount> perCommunity(String divisionPrefix) {
        MapSqlParameterSource p = new MapSqlParameterSource("division", (divisionPrefix == null ? "" : divisionPrefix) + "%");
        return jdbc.query("""
                SELECT community_code, COUNT(*) AS n FROM resident
                WHERE community_code IS NOT NULL AND community_code LIKE :division
                GROUP BY community_code ORDER BY community_code""", p,
                (rs, i) -> {
                    String code = rs.getString("community_code");
                    Division d = divisions.find(code).orElse(null);
                    String street = d == null || d.parentCode() == null ? null
                            : divisions.find(d.parentCode()).map(Division::name).orElse(null);
                    return new CommunityCount(code, d == null ? code : d.name(), street, rs.getLong("n"));
                });
    }
}

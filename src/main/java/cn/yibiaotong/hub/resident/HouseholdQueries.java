package cn.yibiaotong.hub.resident;

import cn.yibiaotong.hub.datalist.DataList;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/** Households as the residents' surviving values group them (HouseholdKey), head first. */
@Component
public class HouseholdQueries {

    /** A household larger than this is a data error (a shared placeholder number), not a family: listed cut short. */
    static final int MAX_MEMBERS = 200;

    private final NamedParameterJdbcTemplate jdbc;
    private final DataList dataList;
    private final ValueDisplay display;

    public HouseholdQueries(NamedParameterJdbcTemplate jdbc, DataList dataList, ValueDisplay display) {
        this.jdbc = jdbc;
        this.dataList = dataList;
        this.display = display;
    }

    public Optional<Household> byId(String householdId) {
        return byId(householdId, null);
    }

    /**
     * @param scopePrefix division prefix the members must live in, or null for any: members elsewhere are not
     *                    listed, and a household with none inside is not found
     */
    public Optional<Household> byId(String householdId, String scopePrefix) {
        MapSqlParameterSource p = new MapSqlParameterSource("h", householdId);
        String scope = "";
        if (scopePrefix != null) {
            scope = " AND community_code LIKE :scope";
            p.addValue("scope", scopePrefix + "%");
        }
        List<Household.Member> members = jdbc.query("""
                SELECT id, id_number, name, gender, birth_date, household_relationship FROM resident
                WHERE household_id = :h AND merged_into IS NULL%s
                ORDER BY CASE WHEN household_relationship IN ('01', '02') THEN 0 ELSE 1 END, household_relationship,
                         birth_date, id
                FETCH FIRST %d ROWS ONLY""".formatted(scope, MAX_MEMBERS), p,
                (rs, n) -> new Household.Member(rs.getString("id"), rs.getString("id_number"), rs.getString("name"),
                        rs.getString("gender"), rs.getObject("birth_date", LocalDate.class),
                        rs.getString("household_relationship"), relationshipName(rs.getString("household_relationship"))));
        if (members.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new Household(householdId,
                HouseholdKey.fromAddress(householdId) ? "registered-address" : "household-number", members));
    }

    private String relationshipName(String code) {
        return code == null ? null : dataList.item("household.relationship").map(i -> display.display(i, code)).orElse(null);
    }
}

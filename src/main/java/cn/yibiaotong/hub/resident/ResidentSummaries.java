package cn.yibiaotong.hub.resident;

import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Keeps the search columns of resident (name, gender, birth date, community, grid, household) equal to the
 * surviving value of each item across all sources.
 */
@Component
public class ResidentSummaries {

    static final List<String> SUMMARY_ITEMS = List.of("person.name", "person.gender", "person.birth_date",
            "person.community_code", "person.grid_code", "household.number", "household.relationship",
            "person.registered_address");

    private final Survivorship survivorship;
    private final JdbcTemplate jdbc;

    public ResidentSummaries(Survivorship survivorship, JdbcTemplate jdbc) {
        this.survivorship = survivorship;
        this.jdbc = jdbc;
    }

    /** @param byResident every changed resident's current item values of all sources, grouped by item */
    public void refresh(Map<String, Map<String, List<ItemValue>>> byResident) {
        if (byResident.isEmpty()) {
            return;
        }
        Collection<String> residentIds = byResident.keySet();
        List<Object[]> updates = new ArrayList<>();
        for (String id : residentIds) {
            Object[] columns = columns(byResident.get(id));
            Object[] row = java.util.Arrays.copyOf(columns, columns.length + 1);
            row[columns.length] = id;
            updates.add(row);
        }
        jdbc.batchUpdate("""
                UPDATE resident SET name = ?, gender = ?, birth_date = ?, community_code = ?, grid_code = ?,
                                    household_id = ?, household_relationship = ?
                WHERE id = ?""", updates);
    }

    /**
     * The summary columns of one resident, in the order name, gender, birth_date, community_code, grid_code,
     * household_id, household_relationship: so that a resident created by a chunk is inserted with them rather than
     * inserted and then updated (one statement per new resident less, bench/RESULTS.md).
     *
     * @param items the resident's current item values of all sources, grouped by item
     */
    public Object[] columns(Map<String, List<ItemValue>> items) {
        Map<String, String> winners = new HashMap<>();
        items.forEach((item, values) -> {
            if (SUMMARY_ITEMS.contains(item)) {
                survivorship.winner(values).ifPresent(v -> winners.put(item, v.value()));
            }
        });
        String birth = winners.get("person.birth_date");
        return new Object[] {winners.get("person.name"), winners.get("person.gender"),
                birth == null ? null : Date.valueOf(LocalDate.parse(birth)), winners.get("person.community_code"),
                winners.get("person.grid_code"), HouseholdKey.of(winners.get("household.number"),
                winners.get("household.relationship"), winners.get("person.registered_address")),
                winners.get("household.relationship")};
    }
}

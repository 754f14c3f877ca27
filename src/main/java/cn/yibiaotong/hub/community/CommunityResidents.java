package cn.yibiaotong.hub.community;

import cn.yibiaotong.hub.datalist.DataItem;
import cn.yibiaotong.hub.resident.ItemValue;
import cn.yibiaotong.hub.resident.SourceRecords;
import cn.yibiaotong.hub.resident.Survivorship;
import cn.yibiaotong.hub.resident.ValueDisplay;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Down the chain: the residents under a division (and grid) with the department items the community may see,
 * one page at a time. With a department, only residents that department knows something about (its 低保 roll,
 * its certificate holders …).
 */
@Component
public class CommunityResidents {

    private static final int ELDERLY = 65;

    private final NamedParameterJdbcTemplate jdbc;
    private final SourceRecords records;
    private final Survivorship survivorship;
    private final ValueDisplay display;
    private final CommunityItems items;

    public CommunityResidents(NamedParameterJdbcTemplate jdbc, SourceRecords records, Survivorship survivorship,
                              ValueDisplay display, CommunityItems items) {
        this.jdbc = jdbc;
        this.records = records;
        this.survivorship = survivorship;
        this.display = display;
        this.items = items;
    }

    public List<CommunityResident> page(String divisionPrefix, String grid, String department, int page, int size) {
        List<DataItem> visible = items.of(department);
        MapSqlParameterSource p = new MapSqlParameterSource("prefix", divisionPrefix + "%")
                .addValue("offset", (long) page * size).addValue("size", size);
        StringBuilder where = new StringBuilder(" WHERE community_code LIKE :prefix AND merged_into IS NULL");
        if (grid != null) {
            where.append(" AND grid_code = :grid");
            p.addValue("grid", grid);
        }
        if (department != null) {
            // item values are JSON written without spaces, so an item's key is a plain substring (as in ResidentQueries)
            List<String> ors = new ArrayList<>();
            for (int i = 0; i < visible.size(); i++) {
                ors.add("s.item_values LIKE :item" + i);
                p.addValue("item" + i, "%" + records.fragment(visible.get(i).code(), null) + "%");
            }
            where.append(" AND EXISTS (SELECT 1 FROM resident_record s WHERE s.resident_id = resident.id"
                    + " AND s.valid_to IS NULL AND (").append(ors.isEmpty() ? "1 = 0" : String.join(" OR ", ors)).append("))");
        }
        List<String[]> rows = jdbc.query("SELECT id, id_number, name, community_code, grid_code, birth_date FROM resident"
                        + where + " ORDER BY community_code, grid_code, id_number OFFSET :offset ROWS FETCH NEXT :size ROWS ONLY",
                p, (rs, n) -> new String[] {rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getString(5), rs.getString(6)});
        Map<String, Map<String, List<ItemValue>>> values = records.current(rows.stream().map(r -> r[0]).toList()).stream()
                .flatMap(r -> r.itemValues().stream())
                .collect(Collectors.groupingBy(ItemValue::residentId, Collectors.groupingBy(ItemValue::itemCode)));
        return rows.stream().map(r -> toResident(r, values.getOrDefault(r[0], Map.of()), visible)).toList();
    }

    private CommunityResident toResident(String[] r, Map<String, List<ItemValue>> values, List<DataItem> visible) {
        List<CommunityResident.DepartmentItem> shown = new ArrayList<>();
        for (DataItem item : visible) {
            List<ItemValue> candidates = values.get(item.code());
            if (candidates != null) {
                String v = survivorship.winner(candidates).orElseThrow().value();
                shown.add(new CommunityResident.DepartmentItem(item.code(), item.name(), v, display.display(item, v),
                        item.authority(), items.departmentName(item.authority())));
            }
        }
        return new CommunityResident(r[1], r[2], r[3], display.communityName(r[3]), r[4], display.gridName(r[4]), shown,
                overdue(r[5], values), r[0]);
    }

    /** Elderly residents are due a health check every year; none on record within a year is overdue. */
    private boolean overdue(String birthDate, Map<String, List<ItemValue>> values) {
        if (birthDate == null || LocalDate.parse(birthDate).plusYears(ELDERLY).isAfter(LocalDate.now())) {
            return false;
        }
        List<ItemValue> checks = values.get("health.check_date");
        String last = checks == null ? null : survivorship.winner(checks).orElseThrow().value();
        return last == null || LocalDate.parse(last).isBefore(LocalDate.now().minusYears(1));
    }
}

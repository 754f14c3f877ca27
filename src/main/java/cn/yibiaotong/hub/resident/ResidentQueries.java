package cn.yibiaotong.hub.resident;

import cn.yibiaotong.hub.datalist.DataItem;
import cn.yibiaotong.hub.datalist.DataList;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/** Reads of the unified resident view. */
@Component
public class ResidentQueries {

    private final NamedParameterJdbcTemplate jdbc;
    private final SourceRecords records;
    private final Survivorship survivorship;
    private final DataList dataList;
    private final ValueDisplay display;
    private final ResidentAliases aliases;
    private final HouseholdQueries households;

    public ResidentQueries(NamedParameterJdbcTemplate jdbc, SourceRecords records, Survivorship survivorship,
                           DataList dataList, ValueDisplay display, ResidentAliases aliases, HouseholdQueries households) {
        this.aliases = aliases;
        this.households = households;
        this.jdbc = jdbc;
        this.records = records;
        this.survivorship = survivorship;
        this.dataList = dataList;
        this.display = display;
    }

    public Optional<ResidentView> byIdNumber(String id18) {
        return byIdNumber(id18, null);
    }

    /**
     * @param scopePrefix division prefix the resident must live in, or null for any: outside it the resident is
     *                    not found, so a caller cannot learn that a person exists elsewhere
     */
    public Optional<ResidentView> byIdNumber(String id18, String scopePrefix) {
        return view("id_number", id18, scopePrefix);
    }

    public Optional<ResidentView> byHubId(String hubId) {
        return byHubId(hubId, null);
    }

    /** By hub ID; a retired (merged) hub ID answers with its survivor, noting the merge. */
    public Optional<ResidentView> byHubId(String hubId, String scopePrefix) {
        String current = aliases.current(hubId);
        Optional<ResidentView> view = view("id", current, scopePrefix);
        return current.equals(hubId) ? view
                : view.map(v -> v.withNote("居民编号 " + hubId + " 已与本居民合并，现以 " + current + " 为准；原编号仍可查询。"));
    }

    /** @param column a fixed column name of this class, never caller input */
    private Optional<ResidentView> view(String column, String key, String scopePrefix) {
        MapSqlParameterSource p = new MapSqlParameterSource("key", key);
        String scope = "";
        if (scopePrefix != null) {
            scope = " AND community_code LIKE :scope";
            p.addValue("scope", scopePrefix + "%");
        }
        String[] householdId = {null};
        return jdbc.query("SELECT * FROM resident WHERE " + column + " = :key" + scope, p,
                (rs, n) -> {
                    householdId[0] = rs.getString("household_id");
                    return new ResidentView(rs.getString("id"), rs.getString("id_number"), rs.getString("name"),
                            rs.getInt("version"), rs.getObject("created_at", OffsetDateTime.class),
                            rs.getObject("updated_at", OffsetDateTime.class), List.of(), List.of(), null, null);
                })
                .stream().findFirst()
                .map(r -> new ResidentView(r.residentId(), r.idNumber(), r.name(), r.version(), r.createdAt(), r.updatedAt(),
                        itemsOf(r.residentId()), jdbc.queryForList(
                                "SELECT alias_id FROM resident_alias WHERE resident_id = :id ORDER BY created_at, alias_id",
                                Map.of("id", r.residentId()), String.class), null,
                        householdId[0] == null ? null : households.byId(householdId[0], scopePrefix).orElse(null)));
    }

    private List<ResidentView.Item> itemsOf(String residentId) {
        List<SourceRecord> versions = records.allOf(residentId);
        Map<String, List<ItemValue>> current = versions.stream().filter(SourceRecord::isCurrent)
                .flatMap(r -> r.itemValues().stream()).collect(Collectors.groupingBy(ItemValue::itemCode));
        Map<String, List<ItemValue>> history = ItemHistory.superseded(versions);
        List<ResidentView.Item> result = new ArrayList<>();
        for (DataItem item : dataList.items()) {
            List<ItemValue> values = current.get(item.code());
            if (values == null) {
                continue;
            }
            ItemValue winner = survivorship.winner(values).orElseThrow();
            List<ResidentView.Source> others = values.stream()
                    .filter(v -> v != winner && !v.value().equals(winner.value())).map(ResidentView.Source::of).toList();
            List<ResidentView.Source> earlier = history.getOrDefault(item.code(), List.of()).stream()
                    .map(ResidentView.Source::of).toList();
            result.add(new ResidentView.Item(item.code(), item.name(), winner.value(), display.display(item, winner.value()),
                    item.sensitivity().name().toLowerCase().replace('_', '-'), ResidentView.Source.of(winner), others, earlier));
        }
        return result;
    }

    /**
     * @param divisionPrefix significant code prefix of any level, or null
     * @param gridCode       exact grid code, or null
     * @param name           part of the name, or null
     * @param itemCode       a data-list item some current source record must hold, or null
     * @param itemValue      with itemCode: the normalised value it must have, or null for any value
     */
    public ResidentPage search(String divisionPrefix, String gridCode, String name, String itemCode, String itemValue,
                               int page, int size) {
        StringBuilder where = new StringBuilder(" WHERE merged_into IS NULL");
        MapSqlParameterSource p = new MapSqlParameterSource();
        if (divisionPrefix != null) {
            where.append(" AND community_code LIKE :division");
            p.addValue("division", divisionPrefix + "%");
        }
        if (gridCode != null) {
            where.append(" AND grid_code = :grid");
            p.addValue("grid", gridCode);
        }
        if (name != null) {
            where.append(" AND name LIKE :name ESCAPE '\\'");
            p.addValue("name", "%" + likeEscape(name) + "%");
        }
        if (itemCode != null) {
            // item values are a JSON object written by Jackson without spaces, so a key (and its value) is a plain substring
            where.append(" AND EXISTS (SELECT 1 FROM resident_record s WHERE s.resident_id = resident.id"
                    + " AND s.valid_to IS NULL AND s.item_values LIKE :item ESCAPE '\\')");
            p.addValue("item", "%" + likeEscape(records.fragment(itemCode, itemValue)) + "%");
        }
        boolean filtered = itemCode != null || name != null;
        p.addValue("offset", (long) page * size).addValue("size", size);
        long[] total = {-1};
        // a filter that no index serves is evaluated once, for the page and the total together (COUNT(*) OVER ());
        // without one, the community index gives the page in order and counts the community without sorting it
        List<ResidentSummary> content = jdbc.query("SELECT resident.*" + (filtered ? ", COUNT(*) OVER () AS total" : "")
                + " FROM resident" + where + " ORDER BY community_code, name, id_number OFFSET :offset ROWS FETCH NEXT :size ROWS ONLY", p,
                (rs, n) -> {
                    if (filtered) {
                        total[0] = rs.getLong("total");
                    }
                    return new ResidentSummary(rs.getString("id"), rs.getString("id_number"), rs.getString("name"),
                            rs.getString("gender"), rs.getObject("birth_date", LocalDate.class), rs.getString("community_code"),
                            display.communityName(rs.getString("community_code")), rs.getString("grid_code"),
                            display.gridName(rs.getString("grid_code")));
                });
        long t = total[0] >= 0 ? total[0] : content.isEmpty() && page == 0 && filtered ? 0
                : jdbc.queryForObject("SELECT COUNT(*) FROM resident" + where, p, Long.class);
        return new ResidentPage(content, page, size, t, (t + size - 1) / size);
    }

    private static String likeEscape(String s) {
        return s.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}

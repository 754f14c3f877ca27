package cn.yibiaotong.hub.resident;

import cn.yibiaotong.hub.datalist.DataItem;
import cn.yibiaotong.hub.datalist.DataList;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.TreeMap;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/** The conflict list, to send disagreements back to the sources. */
@Component
public class ConflictQueries {

    private static final TypeReference<TreeMap<String, String>> VALUES = new TypeReference<>() { };

    private final NamedParameterJdbcTemplate jdbc;
    private final DataList dataList;
    private final ValueDisplay display;
    private final Survivorship survivorship;
    private final ObjectMapper json;

    public ConflictQueries(NamedParameterJdbcTemplate jdbc, DataList dataList, ValueDisplay display,
                           Survivorship survivorship, ObjectMapper json) {
        this.jdbc = jdbc;
        this.dataList = dataList;
        this.display = display;
        this.survivorship = survivorship;
        this.json = json;
    }

    /**
     * @param divisionPrefix significant division code prefix, or null
     * @param itemCode       only conflicts on this item, or null
     */
    public ConflictView.Page list(String divisionPrefix, String itemCode, int page, int size) {
        return list(divisionPrefix, itemCode, null, page, size);
    }

    /** @param visibleItems only conflicts on these items (what the caller may see), or null for every item */
    public ConflictView.Page list(String divisionPrefix, String itemCode, java.util.Collection<String> visibleItems,
                                  int page, int size) {
        StringBuilder where = new StringBuilder(" WHERE 1 = 1");
        MapSqlParameterSource p = new MapSqlParameterSource();
        if (divisionPrefix != null) {
            where.append(" AND r.community_code LIKE :division");
            p.addValue("division", divisionPrefix + "%");
        }
        if (itemCode != null) {
            where.append(" AND c.item_code = :item");
            p.addValue("item", itemCode);
        }
        if (visibleItems != null) {
            where.append(visibleItems.isEmpty() ? " AND 1 = 0" : " AND c.item_code IN (:visible)");
            p.addValue("visible", visibleItems);
        }
        String from = " FROM resident_conflict c JOIN resident r ON r.id = c.resident_id";
        Long total = jdbc.queryForObject("SELECT COUNT(*)" + from + where, p, Long.class);
        p.addValue("offset", (long) page * size).addValue("size", size);
        List<ConflictView> content = jdbc.query("SELECT c.*, r.id_number, r.name, r.community_code" + from + where
                + " ORDER BY c.detected_at DESC, r.id_number, c.item_code OFFSET :offset ROWS FETCH NEXT :size ROWS ONLY", p,
                (rs, n) -> {
                    String item = rs.getString("item_code");
                    DataItem di = dataList.item(item).orElse(null);
                    List<ConflictView.SourceValue> sources = parse(rs.getString("source_values")).entrySet().stream()
                            .map(e -> new ConflictView.SourceValue(e.getKey(), survivorship.departmentOf(e.getKey()),
                                    e.getValue(), di == null ? null : display.display(di, e.getValue())))
                            .toList();
                    return new ConflictView(rs.getString("resident_id"), rs.getString("id_number"), rs.getString("name"),
                            rs.getString("community_code"), item, di == null ? item : di.name(), sources,
                            rs.getString("winner_connector"), rs.getString("reason"),
                            rs.getObject("detected_at", OffsetDateTime.class));
                });
        return new ConflictView.Page(content, page, size, total == null ? 0 : total);
    }

    private TreeMap<String, String> parse(String text) {
        try {
            return json.readValue(text, VALUES);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored source values are not a JSON object", e);
        }
    }
}

package cn.yibiaotong.hub.delivery;

import cn.yibiaotong.hub.resident.ItemValue;
import cn.yibiaotong.hub.resident.SourceRecords;
import cn.yibiaotong.hub.resident.Survivorship;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Residents under a division, one page at a time in a stable order (community, then ID number), each with the
 * surviving values of the unified view; a district is never held in memory at once.
 */
@Component
public class ResidentPages {

    private static final String COLUMNS = "SELECT id, id_number, community_code, birth_date FROM resident";

    private final NamedParameterJdbcTemplate jdbc;
    private final SourceRecords records;
    private final Survivorship survivorship;

    public ResidentPages(NamedParameterJdbcTemplate jdbc, SourceRecords records, Survivorship survivorship) {
        this.jdbc = jdbc;
        this.records = records;
        this.survivorship = survivorship;
    }

    /** The page after {@code after} (null for the first): keyset paging, so concurrent ingest cannot shift it. */
    public List<DeliveryResident> page(String divisionPrefix, DeliveryResident after, int size) {
        MapSqlParameterSource p = new MapSqlParameterSource("prefix", divisionPrefix + "%").addValue("size", size);
        String keyset = "";
        if (after != null) {
            keyset = " AND (community_code > :c OR (community_code = :c AND id_number > :i))";
            p.addValue("c", after.communityCode()).addValue("i", after.idNumber());
        }
        // a retired (merged) resident is delivered as its survivor; one without an ID number once its number is known,
        // since every department's system keys its people by it
        return withValues(jdbc.query(COLUMNS + " WHERE community_code LIKE :prefix AND merged_into IS NULL"
                + " AND id_number IS NOT NULL" + keyset
                + " ORDER BY community_code, id_number FETCH FIRST :size ROWS ONLY", p, ResidentPages::toResident));
    }

    /** Given residents, wherever they now live. */
    public List<DeliveryResident> byIds(Collection<String> residentIds) {
        if (residentIds.isEmpty()) {
            return List.of();
        }
        return withValues(jdbc.query(COLUMNS + " WHERE id IN (:ids) ORDER BY community_code, id_number",
                Map.of("ids", residentIds), ResidentPages::toResident));
    }

    private List<DeliveryResident> withValues(List<DeliveryResident> residents) {
        Map<String, Map<String, List<ItemValue>>> byResident = records.current(
                        residents.stream().map(DeliveryResident::residentId).toList()).stream()
                .flatMap(r -> r.itemValues().stream())
                .collect(Collectors.groupingBy(ItemValue::residentId, Collectors.groupingBy(ItemValue::itemCode)));
        return residents.stream().map(r -> {
            Map<String, String> values = new HashMap<>();
            values.put("person.id_number", r.idNumber());
            byResident.getOrDefault(r.residentId(), Map.of()).forEach((item, candidates) ->
                    survivorship.winner(candidates).ifPresent(w -> values.put(item, w.value())));
            return new DeliveryResident(r.residentId(), r.idNumber(), r.communityCode(), r.birthDate(), values);
        }).toList();
    }

    private static DeliveryResident toResident(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
        return new DeliveryResident(rs.getString("id"), rs.getString("id_number"), rs.getString("community_code"),
                rs.getObject("birth_date", LocalDate.class), new LinkedHashMap<>());
    }
}

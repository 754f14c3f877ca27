package cn.yibiaotong.hub.community;

import cn.yibiaotong.hub.connector.ConnectorCatalog;
import cn.yibiaotong.hub.connector.ConnectorDefinition;
import cn.yibiaotong.hub.datalist.DataItem;
import cn.yibiaotong.hub.resident.SourceRecord;
import cn.yibiaotong.hub.resident.SourceRecords;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * What changed about the residents under a division since a time: every new version of a source record, oldest
 * first in a total order (time, resident, source, version), with the items it changed compared to the version
 * before. A community system polls with the cursor of the last page and receives only what is new.
 */
@Component
public class ChangeFeed {

    private final NamedParameterJdbcTemplate jdbc;
    private final SourceRecords records;
    private final CommunityItems items;
    private final ConnectorCatalog connectors;

    public ChangeFeed(NamedParameterJdbcTemplate jdbc, SourceRecords records, CommunityItems items,
                      ConnectorCatalog connectors) {
        this.jdbc = jdbc;
        this.records = records;
        this.items = items;
        this.connectors = connectors;
    }

    public ChangePage since(String divisionPrefix, ChangeCursor after, int size) {
        MapSqlParameterSource p = new MapSqlParameterSource("prefix", divisionPrefix + "%").addValue("at", after.at())
                .addValue("rid", after.residentId()).addValue("cid", after.connectorId()).addValue("v", after.version())
                .addValue("size", size + 1);
        List<Object[]> rows = jdbc.query("""
                SELECT s.resident_id, s.connector_id, s.version, s.valid_from, r.id_number, r.name, r.community_code
                FROM resident_record s JOIN resident r ON r.id = s.resident_id
                WHERE r.community_code LIKE :prefix
                  AND (s.valid_from > :at OR s.valid_from = :at AND (s.resident_id > :rid
                       OR s.resident_id = :rid AND (s.connector_id > :cid OR s.connector_id = :cid AND s.version > :v)))
                ORDER BY s.valid_from, s.resident_id, s.connector_id, s.version
                FETCH FIRST :size ROWS ONLY""", p, (rs, n) -> new Object[] {rs.getString(1), rs.getString(2),
                rs.getInt(3), rs.getObject(4, OffsetDateTime.class), rs.getString(5), rs.getString(6), rs.getString(7)});
        boolean more = rows.size() > size;
        List<Object[]> page = more ? rows.subList(0, size) : rows;
        List<Change> changes = new ArrayList<>();
        ChangeCursor last = after;
        for (Object[] r : page) {
            changes.add(change(r));
            last = new ChangeCursor((OffsetDateTime) r[3], (String) r[0], (String) r[1], (Integer) r[2]);
        }
        return new ChangePage(changes, last.encode(), more);
    }

    private Change change(Object[] r) {
        String residentId = (String) r[0];
        String connector = (String) r[1];
        int version = (Integer) r[2];
        Map<String, String> now = Map.of();
        Map<String, String> before = Map.of();
        for (SourceRecord rec : records.allOf(residentId)) {
            if (rec.connectorId().equals(connector) && rec.version() == version) {
                now = rec.values();
            } else if (rec.connectorId().equals(connector) && rec.version() == version - 1) {
                before = rec.values();
            }
        }
        List<Change.ItemChange> changed = new ArrayList<>();
        for (DataItem item : items.visible()) {
            String b = before.get(item.code());
            String a = now.get(item.code());
            if (!Objects.equals(a, b)) {
                changed.add(new Change.ItemChange(item.code(), item.name(), b, a));
            }
        }
        String department = connectors.find(connector).map(ConnectorDefinition::department).orElse(null);
        return new Change((String) r[4], (String) r[5], (String) r[6], connector, department, version,
                (OffsetDateTime) r[3], changed, residentId);
    }
}

package cn.yibiaotong.hub.community;

import cn.yibiaotong.hub.connector.ConnectorCatalog;
import cn.yibiaotong.hub.connector.ConnectorDefinition;
import cn.yibiaotong.hub.datalist.DataItem;
import cn.yibiaotong.hub.resident.SourceRecord;
import cn.yibiaotong.hub.resident.SourceRecords;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * What changed about the residents under a division since a time: every new version of a source record, oldest
 * first in a total order (time, resident, source, version), with the items it changed compared to the version
 * before; and every merge and unmerge of residents (MergeEvents), in the same order, so that a department holding
 * a retired hub ID learns which resident it now resolves to. A community system polls with the cursor of the last
 * page and receives only what is new.
 */
@Component
public class ChangeFeed {

    private final NamedParameterJdbcTemplate jdbc;
    private final SourceRecords records;
    private final CommunityItems items;
    private final ConnectorCatalog connectors;
    private final MergeEvents merges;

    public ChangeFeed(NamedParameterJdbcTemplate jdbc, SourceRecords records, CommunityItems items,
                      ConnectorCatalog connectors, MergeEvents merges) {
        this.jdbc = jdbc;
        this.merges = merges;
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
        List<MergeEvents.Event> events = merges.after(divisionPrefix, after, size + 1);
        // both lists are in the feed's order: take the first `size` of the two together
        List<Change> changes = new ArrayList<>();
        ChangeCursor last = after;
        int i = 0;
        int j = 0;
        while (changes.size() < size && (i < rows.size() || j < events.size())) {
            ChangeCursor record = i < rows.size() ? cursorOf(rows.get(i)) : null;
            ChangeCursor event = j < events.size() ? cursorOf(events.get(j)) : null;
            if (event == null || record != null && ORDER.compare(record, event) < 0) {
                changes.add(change(rows.get(i++)));
                last = record;
            } else {
                changes.add(change(events.get(j++)));
                last = event;
            }
        }
        return new ChangePage(changes, last.encode(), i < rows.size() || j < events.size());
    }

    private static final Comparator<ChangeCursor> ORDER = Comparator.comparing(ChangeCursor::at)
            .thenComparing(ChangeCursor::residentId).thenComparing(ChangeCursor::connectorId)
            .thenComparingInt(ChangeCursor::version);

    private static ChangeCursor cursorOf(Object[] r) {
        return new ChangeCursor((OffsetDateTime) r[3], (String) r[0], (String) r[1], (Integer) r[2]);
    }

    private static ChangeCursor cursorOf(MergeEvents.Event e) {
        return new ChangeCursor(e.at(), e.retiredId(), e.kind(), (int) e.mergeId());
    }

    private static Change change(MergeEvents.Event e) {
        String kind = e.kind().equals(MergeEvents.MERGE) ? "MERGE" : "UNMERGE";
        return new Change(e.idNumber(), e.name(), e.communityCode(), null, null, 0, e.at(), List.of(), e.survivorId(),
                new Change.Merge(kind, e.retiredId(), e.survivorId(), e.byMatcher()));
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

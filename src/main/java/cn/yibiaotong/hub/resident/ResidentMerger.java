package cn.yibiaotong.hub.resident;

import cn.yibiaotong.hub.batch.BatchContext;
import cn.yibiaotong.hub.batch.IngestHeaders;
import cn.yibiaotong.hub.batch.RowIssue;
import cn.yibiaotong.hub.batch.RowRejection;
import cn.yibiaotong.hub.normalize.NormalizedChunk;
import cn.yibiaotong.hub.normalize.NormalizedRecord;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.stream.Collectors;
import org.apache.camel.ExchangeProperty;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Merges a chunk's accepted records into the unified view, keyed by citizen ID. A value equal to the source's
 * current value changes nothing; a different one closes the current version and adds the next, so the history
 * keeps every earlier value. A row whose values all match is counted unchanged: the same file twice changes nothing.
 * Runs inside the batch's transaction; all statements are batched per chunk.
 */
@Component
public class ResidentMerger {

    private final NamedParameterJdbcTemplate named;
    private final JdbcTemplate jdbc;
    private final ResidentItems items;
    private final ResidentSummaries summaries;

    public ResidentMerger(NamedParameterJdbcTemplate named, ResidentItems items, ResidentSummaries summaries) {
        this.named = named;
        this.jdbc = named.getJdbcTemplate();
        this.items = items;
        this.summaries = summaries;
    }

    public NormalizedChunk merge(NormalizedChunk chunk, @ExchangeProperty(IngestHeaders.BATCH_PROPERTY) BatchContext ctx) {
        List<NormalizedRecord> records = withoutDuplicates(chunk, ctx.id());
        if (records.isEmpty()) {
            return chunk;
        }
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        String connector = ctx.connector().id();
        Map<String, String> residentIds = residentIds(records);
        Map<String, Map<String, ItemValue>> current = items.currentOf(connector, residentIds.values()).stream()
                .collect(Collectors.groupingBy(ItemValue::residentId, Collectors.toMap(ItemValue::itemCode, v -> v)));
        Writes w = new Writes();
        for (NormalizedRecord rec : records) {
            String rid = residentIds.get(rec.idNumber());
            boolean isNew = rid == null;
            if (isNew) {
                rid = UUID.randomUUID().toString();
                residentIds.put(rec.idNumber(), rid);
                w.newResidents.add(new Object[] {rid, rec.idNumber(), now, now});
            }
            Map<String, ItemValue> cur = current.getOrDefault(rid, Map.of());
            boolean changed = false;
            for (Map.Entry<String, String> e : new TreeMap<>(rec.values()).entrySet()) {
                ItemValue c = cur.get(e.getKey());
                if (c != null && c.value().equals(e.getValue())) {
                    continue;
                }
                if (c != null) {
                    w.closed.add(new Object[] {now, rid, e.getKey(), connector, c.version()});
                }
                w.added.add(new Object[] {rid, e.getKey(), connector, c == null ? 1 : c.version() + 1, e.getValue(),
                        ctx.id(), rec.row(), now});
                changed = true;
            }
            if (changed) {
                w.changed.add(rid);
                if (!isNew) {
                    w.bumped.add(new Object[] {now, rid});
                }
            }
            w.batchRows.add(new Object[] {ctx.id(), rec.idNumber(), rec.row(), rid, changed ? "ACCEPTED" : "UNCHANGED"});
            if (changed) {
                ctx.countAccepted(1);
            } else {
                ctx.countUnchanged(1);
            }
        }
        w.apply(jdbc);
        summaries.refresh(w.changed);
        return chunk;
    }

    /** Rejects rows whose person already appeared earlier in the same batch (this chunk or an earlier one). */
    private List<NormalizedRecord> withoutDuplicates(NormalizedChunk chunk, String batchId) {
        Set<String> ids = chunk.accepted().stream().map(NormalizedRecord::idNumber).collect(Collectors.toSet());
        Map<String, Long> firstRow = new HashMap<>();
        if (!ids.isEmpty()) {
            named.query("SELECT id_number, row_no FROM batch_row WHERE batch_id = :batch AND id_number IN (:ids)",
                    Map.of("batch", batchId, "ids", ids), rs -> {
                        firstRow.put(rs.getString(1), rs.getLong(2));
                    });
        }
        List<NormalizedRecord> kept = new ArrayList<>();
        for (NormalizedRecord rec : chunk.accepted()) {
            Long first = firstRow.putIfAbsent(rec.idNumber(), rec.row());
            if (first == null) {
                kept.add(rec);
            } else {
                chunk.rejected().add(new RowRejection(rec.row(), rec.cells(), List.of(new RowIssue(rec.row(), null, null,
                        "与第 " + first + " 行是同一个公民身份号码：同一人在一个文件中只能出现一次。请合并这两行后重新上传。"))));
            }
        }
        chunk.accepted().retainAll(kept);
        return kept;
    }

    private Map<String, String> residentIds(List<NormalizedRecord> records) {
        Set<String> ids = new HashSet<>();
        records.forEach(r -> ids.add(r.idNumber()));
        Map<String, String> result = new HashMap<>();
        named.query("SELECT id, id_number FROM resident WHERE id_number IN (:ids)", Map.of("ids", ids),
                rs -> {
                    result.put(rs.getString("id_number"), rs.getString("id"));
                });
        return result;
    }

    /** The statements of one chunk, run as JDBC batches in an order the foreign keys accept. */
    private static final class Writes {
        final List<Object[]> newResidents = new ArrayList<>();
        final List<Object[]> bumped = new ArrayList<>();
        final List<Object[]> closed = new ArrayList<>();
        final List<Object[]> added = new ArrayList<>();
        final List<Object[]> batchRows = new ArrayList<>();
        final Set<String> changed = new HashSet<>();

        void apply(JdbcTemplate jdbc) {
            jdbc.batchUpdate("INSERT INTO resident (id, id_number, version, created_at, updated_at) VALUES (?, ?, 1, ?, ?)",
                    newResidents);
            jdbc.batchUpdate("UPDATE resident SET version = version + 1, updated_at = ? WHERE id = ?", bumped);
            jdbc.batchUpdate("""
                    UPDATE resident_item SET valid_to = ?
                    WHERE resident_id = ? AND item_code = ? AND connector_id = ? AND version = ?""", closed);
            jdbc.batchUpdate("""
                    INSERT INTO resident_item (resident_id, item_code, connector_id, version, item_value, batch_id,
                                               source_row, valid_from)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?)""", added);
            jdbc.batchUpdate("""
                    INSERT INTO batch_row (batch_id, id_number, row_no, resident_id, outcome) VALUES (?, ?, ?, ?, ?)""",
                    batchRows);
        }
    }
}

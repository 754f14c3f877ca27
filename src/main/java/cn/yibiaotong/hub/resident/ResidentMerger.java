package cn.yibiaotong.hub.resident;

import cn.yibiaotong.hub.batch.BatchContext;
import cn.yibiaotong.hub.batch.IngestHeaders;
import cn.yibiaotong.hub.batch.RowIssue;
import cn.yibiaotong.hub.identity.ChunkResolution;
import cn.yibiaotong.hub.identity.IngestResolver;
import cn.yibiaotong.hub.identity.MatchRecord;
import cn.yibiaotong.hub.identity.MatchScorer;
import cn.yibiaotong.hub.identity.ResolutionWrites;
import cn.yibiaotong.hub.identity.StoredIdentities;
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
import java.util.stream.Collectors;
import org.apache.camel.ExchangeProperty;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Merges a chunk's accepted rows into the unified view, each on the resident that identity resolution found for it
 * (IngestResolver: a trusted ID number, else name, birth date, phone, addresses against the blocking index). Each row updates its source's
 * record about the resident: items the row leaves blank keep their value, items it gives replace theirs. If that
 * changes nothing, the row counts as unchanged (the same file twice changes nothing); otherwise the current
 * version is closed and the next one added, so every earlier value stays in the history.
 * Runs inside the batch's transaction; all statements are batched per chunk.
 */
@Component
public class ResidentMerger {

    private final JdbcTemplate jdbc;
    private final SourceRecords records;
    private final ResidentSummaries summaries;
    private final ConflictRecorder conflicts;
    private final IngestResolver resolver;
    private final ResolutionWrites resolutionWrites;
    private final StoredIdentities identities;
    private final SameResidentRows sameResidents;
    private final ResidentMerges merges;
    private final double linkThreshold;

    public ResidentMerger(NamedParameterJdbcTemplate named, SourceRecords records, ResidentSummaries summaries,
                          ConflictRecorder conflicts, IngestResolver resolver, ResolutionWrites resolutionWrites,
                          StoredIdentities identities, SameResidentRows sameResidents, ResidentMerges merges,
                          MatchScorer scorer) {
        this.jdbc = named.getJdbcTemplate();
        this.records = records;
        this.summaries = summaries;
        this.conflicts = conflicts;
        this.resolver = resolver;
        this.resolutionWrites = resolutionWrites;
        this.identities = identities;
        this.sameResidents = sameResidents;
        this.merges = merges;
        this.linkThreshold = scorer.linkThreshold();
    }

    public NormalizedChunk merge(NormalizedChunk chunk, @ExchangeProperty(IngestHeaders.BATCH_PROPERTY) BatchContext ctx) {
        // an ID number repeated within the batch was rejected while it was checked (normalize.SameIdRows)
        List<NormalizedRecord> rows = new ArrayList<>(chunk.accepted());
        if (rows.isEmpty()) {
            return chunk;
        }
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        String connector = ctx.connector().id();
        ChunkResolution resolution = resolver.resolve(connector,
                rows.stream().map(r -> new IngestResolver.Input(r.row(), r.values())).toList());
        rows = sameResidents.reject(chunk, rows, resolution, ctx);
        // residents this chunk creates hold nothing yet: no reads for them, and their values are all in memory
        Set<String> created = resolution.newResidents().stream().filter(n -> n.mergedInto() == null)
                .map(ChunkResolution.NewResident::id).collect(Collectors.toSet());
        Set<String> residentIds = rows.stream().map(r -> resolution.outcome(r.row()).residentId())
                .filter(id -> !created.contains(id)).collect(Collectors.toSet());
        Map<String, SourceRecord> current = records.currentOf(connector, residentIds).stream()
                .collect(Collectors.toMap(SourceRecord::residentId, r -> r));
        Writes w = new Writes();
        List<StoredIdentities.Stored> features = new ArrayList<>();
        for (NormalizedRecord rec : rows) {
            ChunkResolution.Outcome outcome = resolution.outcome(rec.row());
            String rid = outcome.residentId();
            SourceRecord cur = current.get(rid);
            Map<String, String> merged = new TreeMap<>(cur == null ? Map.of() : cur.values());
            merged.putAll(rec.values());
            boolean changed = cur == null || !merged.equals(cur.values());
            if (changed) {
                if (cur != null) {
                    w.closed.add(new Object[] {now, rid, connector, cur.version()});
                    w.bumped.add(new Object[] {now, rid});
                }
                w.added.add(new Object[] {rid, connector, cur == null ? 1 : cur.version() + 1, records.toJson(merged),
                        ctx.id(), rec.row(), now});
                w.changed.add(rid);
                // a first record's values are the row's, which resolution has usually prepared already
                MatchRecord prepared = cur == null ? resolution.prepared(rec.row()) : null;
                features.add(new StoredIdentities.Stored(rid, connector,
                        prepared != null ? prepared : resolver.prepare(connector, merged)));
                ctx.countAccepted(1);
            } else {
                ctx.countUnchanged(1);
            }
            if (outcome.kind() == ChunkResolution.Kind.REVIEW) {
                chunk.warnings().add(new RowIssue(rec.row(), null, null, ReviewNotice.text(ctx.connector().format().unit())));
            }
            w.batchRows.add(new Object[] {ctx.id(), rec.row(), rec.idNumber(), rid, changed ? "ACCEPTED" : "UNCHANGED"});
            current.put(rid, new SourceRecord(rid, connector, cur == null ? 1 : cur.version() + (changed ? 1 : 0), merged,
                    ctx.id(), rec.row(), now, null));
        }
        Map<String, Object[]> newSummaries = new HashMap<>();
        for (String rid : created) {
            SourceRecord only = current.get(rid);
            newSummaries.put(rid, summaries.columns(only == null ? Map.of() : byItem(only.itemValues())));
        }
        resolutionWrites.apply(resolution, ctx.id(), connector, now, newSummaries);
        w.apply(jdbc);
        identities.save(features, created);
        // a resident created here has one source, so no conflict and its summary went into its INSERT; the others
        // may hold other sources' records too, read back with this chunk's
        Set<String> existing = new HashSet<>(w.changed);
        existing.removeAll(created);
        Map<String, Map<String, List<ItemValue>>> changed = records.current(existing).stream()
                .flatMap(r -> r.itemValues().stream())
                .collect(Collectors.groupingBy(ItemValue::residentId, Collectors.groupingBy(ItemValue::itemCode)));
        summaries.refresh(changed);
        conflicts.refresh(changed, now);
        for (ChunkResolution.Absorb a : resolution.absorbs()) {
            merges.absorb(a.survivorId(), a.retiredId(), a.score(), linkThreshold);
        }
        return chunk;
    }

    private static Map<String, List<ItemValue>> byItem(List<ItemValue> values) {
        return values.stream().collect(Collectors.groupingBy(ItemValue::itemCode));
    }

    /** The statements of one chunk, run as JDBC batches in an order the foreign keys accept. */
    private static final class Writes {
        final List<Object[]> bumped = new ArrayList<>();
        final List<Object[]> closed = new ArrayList<>();
        final List<Object[]> added = new ArrayList<>();
        final List<Object[]> batchRows = new ArrayList<>();
        final Set<String> changed = new HashSet<>();

        void apply(JdbcTemplate jdbc) {
            jdbc.batchUpdate("UPDATE resident SET version = version + 1, updated_at = ? WHERE id = ?", bumped);
            jdbc.batchUpdate("""
                    UPDATE resident_record SET valid_to = ?
                    WHERE resident_id = ? AND connector_id = ? AND version = ?""", closed);
            jdbc.batchUpdate("""
                    INSERT INTO resident_record (resident_id, connector_id, version, item_values, batch_id, source_row,
                                                 valid_from)
                    VALUES (?, ?, ?, ?, ?, ?, ?)""", added);
            jdbc.batchUpdate("""
                    INSERT INTO batch_row (batch_id, row_no, id_number, resident_id, outcome) VALUES (?, ?, ?, ?, ?)""",
                    batchRows);
        }
    }
}

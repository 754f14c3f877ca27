package cn.yibiaotong.hub.identity;

import cn.yibiaotong.hub.identity.ChunkResolution.Kind;
import cn.yibiaotong.hub.identity.StoredIdentities.Stored;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Resolves a chunk of accepted records to residents, as ingest sees them. A trusted ID number already stored links
 * at once. Any other record (no ID, or an ID not yet stored) is compared with the stored records that share a
 * blocking key, and with the chunk's earlier records: link (score at or above the link threshold and nothing held
 * for review), review (between the thresholds: stored as its own resident, with the pairs for a person to decide),
 * or a new resident. A resident carrying another valid ID number is never a candidate.
 * Reads are batched per chunk: one query for the IDs, one for the blocks, one for the candidates' values.
 */
@Component
public class IngestResolver {

    /** At most this many review pairs per record: the best candidates, not everyone vaguely alike. */
    static final int MAX_REVIEWS = 3;
    private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

    private final MatchScorer scorer;
    private final StoredIdentities stored;
    private final NamedParameterJdbcTemplate jdbc;

    public IngestResolver(MatchScorer scorer, StoredIdentities stored, NamedParameterJdbcTemplate jdbc) {
        this.scorer = scorer;
        this.stored = stored;
        this.jdbc = jdbc;
    }

    /** One record to resolve: its row and its normalised values by data-list item code. */
    public record Input(long row, Map<String, String> values) {
    }

    /** A candidate resident's best comparison with the record. */
    record Candidate(String residentId, MatchScorer.Comparison comparison, boolean holdsConnector) {
    }

    /** A stored record's values prepared for comparison, as they are filed in the blocking index. */
    public MatchRecord prepare(String connectorId, Map<String, String> values) {
        return preparer().prepare(connectorId, values);
    }

    private static RecordPreparer preparer() {
        // ingest has already normalised the community to its 12-digit code
        return new RecordPreparer(c -> c.length() == 12 ? c : null, LocalDate.now(CHINA));
    }

    public ChunkResolution resolve(String connectorId, List<Input> inputs) {
        RecordPreparer preparer = preparer();
        List<String> trustedIds = inputs.stream().map(in -> preparer.trustedId(in.values())).toList();
        Map<String, String> byId = residentsByIdNumber(trustedIds);
        if (!trustedIds.contains(null) && byId.keySet().containsAll(trustedIds) && !stored.anyUntrusted()) {
            // every record is a resident already known by a valid ID number, and no stored record lacks one that
            // could be absorbed: the ID decides, and nothing needs preparing for comparison (a re-ingest)
            ChunkResolution out = new ChunkResolution();
            for (int i = 0; i < inputs.size(); i++) {
                out.outcomes.put(inputs.get(i).row(), new ChunkResolution.Outcome(byId.get(trustedIds.get(i)), Kind.ID));
            }
            return out;
        }
        List<MatchRecord> prepared = new ArrayList<>();
        for (Input in : inputs) {
            prepared.add(preparer.prepare(connectorId, in.values()));
        }
        KeySet keys = new KeySet();
        KeySet keysOfNewIds = new KeySet();
        for (MatchRecord r : prepared) {
            if (r.trustedId() == null) {
                keys.add(r);
            } else {
                keysOfNewIds.add(r);
            }
        }
        // a record with an ID number looks only for residents without one: everyone else is someone else
        Map<Long, List<String>> blocks = new HashMap<>(stored.blocks(keys, scorer.maxBlockSize()));
        // most stores hold no record without an ID number (a first ingest of ID-bearing rosters): then there is
        // nothing such a lookup could find, and it would read every resident sharing a key with the chunk
        Map<Long, List<String>> untrusted = new HashMap<>(keysOfNewIds.isEmpty() || !stored.anyUntrusted()
                ? Map.of() : stored.untrustedBlocks(keysOfNewIds, scorer.maxBlockSize()));
        Set<String> candidateIds = new HashSet<>();
        blocks.values().forEach(candidateIds::addAll);
        untrusted.values().forEach(candidateIds::addAll);
        Map<String, List<Stored>> records = new HashMap<>(stored.recordsOf(candidateIds));

        ChunkResolution out = new ChunkResolution();
        for (int i = 0; i < inputs.size(); i++) {
            long row = inputs.get(i).row();
            MatchRecord r = prepared.get(i);
            out.prepared.put(row, r);
            String known = r.trustedId() == null ? null : byId.get(r.trustedId());
            if (known != null) {
                out.outcomes.put(row, new ChunkResolution.Outcome(known, Kind.ID));
                absorb(connectorId, known, r, untrusted, records, out);
                records.computeIfAbsent(known, x -> new ArrayList<>()).add(new Stored(known, connectorId, r));
                continue;
            }
            String residentId = resolveOne(connectorId, row, r, r.trustedId() == null ? blocks : untrusted, records, out);
            if (r.trustedId() != null) {
                byId.put(r.trustedId(), residentId);
            }
            // later records of the chunk meet this one as if it were stored
            for (long k : BlockingKeys.of(r)) {
                blocks.computeIfAbsent(k, x -> new ArrayList<>()).add(residentId);
                if (r.trustedId() == null) {
                    untrusted.computeIfAbsent(k, x -> new ArrayList<>()).add(residentId);
                }
            }
            records.computeIfAbsent(residentId, x -> new ArrayList<>()).add(new Stored(residentId, connectorId, r));
        }
        return out;
    }

    private String resolveOne(String connectorId, long row, MatchRecord r, Map<Long, List<String>> blocks,
                              Map<String, List<Stored>> records, ChunkResolution out) {
        List<Candidate> candidates = candidates(connectorId, r, blocks, records);
        Candidate best = candidates.stream().filter(c -> c.comparison().outcome() == MatchScorer.Outcome.LINK)
                .max(Comparator.comparingDouble(c -> c.comparison().score())).orElse(null);
        if (best != null) {
            String target = best.residentId();
            if (best.holdsConnector()) {
                out.outcomes.put(row, new ChunkResolution.Outcome(target, Kind.LINKED));
            } else {
                // the record gets a resident of its own, retired into the one it joined: the link can be undone
                String own = ResidentIds.next();
                out.newResidents.add(new ChunkResolution.NewResident(own, null, target));
                String takesId = r.trustedId() != null && trustedIdOf(records.get(target)) == null ? r.trustedId() : null;
                out.merges.add(new ChunkResolution.AutoMerge(target, own, connectorId, takesId, best.comparison().score()));
                out.outcomes.put(row, new ChunkResolution.Outcome(target, Kind.MERGED));
            }
            return target;
        }
        String own = ResidentIds.next();
        out.newResidents.add(new ChunkResolution.NewResident(own, r.trustedId(), null));
        List<Candidate> uncertain = candidates.stream()
                .filter(c -> c.comparison().outcome() == MatchScorer.Outcome.REVIEW)
                .sorted(Comparator.comparingDouble((Candidate c) -> c.comparison().score()).reversed())
                .limit(MAX_REVIEWS).toList();
        for (Candidate c : uncertain) {
            out.reviews.add(new ChunkResolution.Review(row, own, c.residentId(), c.comparison().score(),
                    c.comparison().levels()));
        }
        out.outcomes.put(row, new ChunkResolution.Outcome(own, uncertain.isEmpty() ? Kind.NEW : Kind.REVIEW));
        return own;
    }

    /** Residents without an ID number that the record, known by its ID, links to. */
    private void absorb(String connectorId, String known, MatchRecord r, Map<Long, List<String>> untrusted,
                        Map<String, List<Stored>> records, ChunkResolution out) {
        for (Candidate c : candidates(connectorId, r, untrusted, records)) {
            boolean absorbed = out.absorbs.stream().anyMatch(a -> a.retiredId().equals(c.residentId()));
            if (!c.residentId().equals(known) && !absorbed && c.comparison().outcome() == MatchScorer.Outcome.LINK
                    && trustedIdOf(records.get(c.residentId())) == null) {
                out.absorbs.add(new ChunkResolution.Absorb(known, c.residentId(), c.comparison().score()));
            }
        }
    }

    private List<Candidate> candidates(String connectorId, MatchRecord r, Map<Long, List<String>> blocks,
                                       Map<String, List<Stored>> records) {
        Set<String> residents = new HashSet<>();
        for (long k : BlockingKeys.of(r)) {
            List<String> block = blocks.get(k);
            if (block != null && block.size() <= scorer.maxBlockSize()) {
                residents.addAll(block);
            }
        }
        List<Candidate> out = new ArrayList<>();
        for (String residentId : residents) {
            List<Stored> held = records.getOrDefault(residentId, List.of());
            String theirId = trustedIdOf(held);
            if (held.isEmpty() || theirId != null && r.trustedId() != null && !theirId.equals(r.trustedId())) {
                continue;
            }
            MatchScorer.Comparison best = null;
            boolean holdsConnector = false;
            for (Stored s : held) {
                holdsConnector |= s.connectorId().equals(connectorId);
                MatchScorer.Comparison c = scorer.compare(r, s.record());
                if (best == null || rank(c) > rank(best) || rank(c) == rank(best) && c.score() > best.score()) {
                    best = c;
                }
            }
            out.add(new Candidate(residentId, best, holdsConnector));
        }
        return out;
    }

    private static int rank(MatchScorer.Comparison c) {
        return switch (c.outcome()) {
            case LINK -> 2;
            case REVIEW -> 1;
            case NEW -> 0;
        };
    }

    private static String trustedIdOf(List<Stored> held) {
        if (held == null) {
            return null;
        }
        return held.stream().map(s -> s.record().trustedId()).filter(id -> id != null).findFirst().orElse(null);
    }

    private Map<String, String> residentsByIdNumber(List<String> trustedIds) {
        Set<String> ids = new HashSet<>(trustedIds);
        ids.remove(null);
        Map<String, String> out = new HashMap<>();
        if (!ids.isEmpty()) {
            jdbc.query("SELECT id, id_number FROM resident WHERE id_number IN (:ids)", Map.of("ids", ids),
                    rs -> {
                        out.put(rs.getString("id_number"), rs.getString("id"));
                    });
        }
        return out;
    }
}

package cn.yibiaotong.hub.identity;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Resolves records one at a time against everything resolved before, as ingest sees them: the deterministic
 * tier first (a trusted ID already known links at once), then the probabilistic tier over the blocked
 * candidates. Links join clusters; a pair between the thresholds is kept for review and not joined.
 */
public final class Resolver {

    private final MatchScorer scorer;
    private final CandidateIndex index;
    private final List<MatchRecord> records = new ArrayList<>();
    private final Map<String, Integer> byTrustedId = new HashMap<>();
    private final Clusters clusters = new Clusters();

    public Resolver(MatchScorer scorer) {
        this.scorer = scorer;
        this.index = new CandidateIndex(scorer.maxBlockSize());
    }

    /** How a record was resolved; {@code reviews} are the candidates a person should look at. */
    public record Resolution(int ordinal, Tier tier, List<Integer> reviews, int comparisons) {
    }

    public enum Tier { ID, PROBABILISTIC, REVIEW, NEW }

    public Resolution resolve(MatchRecord r) {
        int ordinal = clusters.add(r.trustedId());
        records.add(r);
        long[] keys = BlockingKeys.of(r);
        Integer known = r.trustedId() == null ? null : byTrustedId.get(r.trustedId());
        if (known != null) {
            clusters.union(known, ordinal);
        } else if (r.trustedId() != null) {
            byTrustedId.put(r.trustedId(), ordinal);
        }
        // a record linked by its ID is still compared with the blocked candidates: records without an ID that
        // arrived earlier may belong to it, and must not depend on which of its ID records came first
        Resolution resolution = probabilistic(ordinal, r, keys);
        if (known != null) {
            resolution = new Resolution(ordinal, Tier.ID, resolution.reviews(), resolution.comparisons());
        }
        index.add(ordinal, keys);
        return resolution;
    }

    /**
     * Files a record that is already a resident of its own (loaded from the store) without comparing it, and
     * returns its ordinal.
     */
    public int addResident(MatchRecord r) {
        int ordinal = clusters.add(r.trustedId());
        records.add(r);
        if (r.trustedId() != null) {
            byTrustedId.putIfAbsent(r.trustedId(), ordinal);
        }
        index.add(ordinal, BlockingKeys.of(r));
        return ordinal;
    }

    private Resolution probabilistic(int ordinal, MatchRecord r, long[] keys) {
        int[] candidates = index.candidates(keys);
        boolean linked = false;
        List<Integer> reviews = new ArrayList<>();
        int compared = 0;
        for (int c : candidates) {
            if (clusters.find(c) == clusters.find(ordinal)) {
                continue;
            }
            compared++;
            MatchScorer.Comparison comparison = scorer.compare(r, records.get(c));
            if (comparison.outcome() == MatchScorer.Outcome.LINK && clusters.union(c, ordinal)) {
                linked = true;
            } else if (comparison.outcome() != MatchScorer.Outcome.NEW) {
                reviews.add(c);
            }
        }
        reviews.removeIf(c -> clusters.find(c) == clusters.find(ordinal));
        Tier tier = linked ? Tier.PROBABILISTIC : reviews.isEmpty() ? Tier.NEW : Tier.REVIEW;
        return new Resolution(ordinal, tier, reviews, compared);
    }

    /** Comparison vectors of r against its blocked candidates, without resolving: the input of EM. */
    public List<int[]> candidateVectors(MatchRecord r) {
        long[] keys = BlockingKeys.of(r);
        List<int[]> out = new ArrayList<>();
        for (int c : index.candidates(keys)) {
            out.add(scorer.compare(r, records.get(c)).levels());
        }
        clusters.add(r.trustedId());
        index.add(records.size(), keys);
        records.add(r);
        return out;
    }

    /** The cluster (resident) of a record: the ordinal of its oldest record. */
    public int clusterOf(int ordinal) {
        return clusters.find(ordinal);
    }

    public MatchRecord record(int ordinal) {
        return records.get(ordinal);
    }

    public int size() {
        return records.size();
    }

    public MatchScorer scorer() {
        return scorer;
    }
}

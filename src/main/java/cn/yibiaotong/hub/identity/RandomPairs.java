package cn.yibiaotong.hub.identity;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Estimates every level's u probability from the data itself: two records drawn at random are, in a district,
 * almost never the same person, so how often random pairs agree at a level is u. Unlike EM over blocked
 * candidate pairs (whose non-matches share a birth date or a name by construction), this gives u in the same
 * population space the thresholds are set in, so the thresholds keep their meaning on any data set.
 */
public final class RandomPairs {

    private RandomPairs() {
    }

    /** @return the scorer with u replaced by frequencies among {@code pairs} random pairs; m unchanged */
    public static MatchScorer estimateU(MatchScorer scorer, List<MatchRecord> records, int pairs, long seed) {
        List<FieldScore> fields = scorer.fields();
        long[][] counts = new long[fields.size()][];
        long[] present = new long[fields.size()];
        for (int f = 0; f < counts.length; f++) {
            counts[f] = new long[fields.get(f).m().length];
        }
        Random random = new Random(seed);
        for (int i = 0; i < pairs; i++) {
            MatchRecord a = records.get(random.nextInt(records.size()));
            MatchRecord b = records.get(random.nextInt(records.size()));
            if (a == b) {
                continue;
            }
            for (int f = 0; f < counts.length; f++) {
                int level = fields.get(f).comparator().compare(a, b);
                if (level >= 0) {
                    counts[f][level]++;
                    present[f]++;
                }
            }
        }
        List<FieldScore> out = new ArrayList<>();
        for (int f = 0; f < counts.length; f++) {
            double[] u = new double[counts[f].length];
            for (int l = 0; l < u.length; l++) {
                // half a pair for a level never seen: rare, but not impossible
                u[l] = (counts[f][l] + 0.5) / (present[f] + 0.5 * u.length);
            }
            out.add(fields.get(f).withProbabilities(fields.get(f).m(), u));
        }
        return scorer.withFields(out);
    }
}

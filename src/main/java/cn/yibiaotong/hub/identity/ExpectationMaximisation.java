package cn.yibiaotong.hub.identity;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Learns m and u of every level from unlabelled candidate pairs (EM for a two-class mixture under
 * conditional independence, as Fellegi–Sunter and Winkler describe), starting from the configured values.
 * Identical comparison vectors are counted once with their frequency, so a million pairs cost a few thousand
 * patterns per iteration.
 */
public final class ExpectationMaximisation {

    // a level never seen in one class must not get probability 0: its weight would be infinite
    private static final double FLOOR = 1e-6;

    private ExpectationMaximisation() {
    }

    /** @return the scorer with re-estimated m and u; thresholds and everything else unchanged */
    public static MatchScorer estimate(MatchScorer scorer, List<int[]> vectors, int iterations) {
        Map<List<Integer>, Integer> patterns = new HashMap<>();
        for (int[] v : vectors) {
            patterns.merge(Arrays.stream(v).boxed().toList(), 1, Integer::sum);
        }
        List<FieldScore> fields = scorer.fields();
        double[][] m = new double[fields.size()][];
        double[][] u = new double[fields.size()][];
        for (int f = 0; f < fields.size(); f++) {
            m[f] = startingPoint(fields.get(f).m());
            u[f] = startingPoint(fields.get(f).u());
        }
        double p = 0.5;
        for (int it = 0; it < iterations; it++) {
            double[][] mSum = new double[m.length][];
            double[][] uSum = new double[u.length][];
            for (int f = 0; f < m.length; f++) {
                mSum[f] = new double[m[f].length];
                uSum[f] = new double[u[f].length];
            }
            double matches = 0;
            double total = 0;
            for (Map.Entry<List<Integer>, Integer> e : patterns.entrySet()) {
                double pm = p;
                double pu = 1 - p;
                List<Integer> v = e.getKey();
                for (int f = 0; f < m.length; f++) {
                    if (v.get(f) >= 0) {
                        pm *= m[f][v.get(f)];
                        pu *= u[f][v.get(f)];
                    }
                }
                double g = pm / (pm + pu);
                int count = e.getValue();
                matches += g * count;
                total += count;
                for (int f = 0; f < m.length; f++) {
                    if (v.get(f) >= 0) {
                        mSum[f][v.get(f)] += g * count;
                        uSum[f][v.get(f)] += (1 - g) * count;
                    }
                }
            }
            p = matches / total;
            for (int f = 0; f < m.length; f++) {
                m[f] = normalise(mSum[f]);
                u[f] = normalise(uSum[f]);
            }
        }
        List<FieldScore> out = new ArrayList<>();
        for (int f = 0; f < fields.size(); f++) {
            out.add(fields.get(f).withProbabilities(m[f], u[f]));
        }
        return scorer.withFields(out);
    }

    /** A level configured as a bare weight has no m or u: EM starts it from an even share. */
    private static double[] startingPoint(double[] configured) {
        double[] start = configured.clone();
        for (int i = 0; i < start.length; i++) {
            if (Double.isNaN(start[i])) {
                start[i] = 1.0 / start.length;
            }
        }
        return start;
    }

    private static double[] normalise(double[] sums) {
        double total = Arrays.stream(sums).sum() + FLOOR * sums.length;
        double[] out = new double[sums.length];
        for (int i = 0; i < sums.length; i++) {
            out[i] = (sums[i] + FLOOR) / total;
        }
        return out;
    }
}

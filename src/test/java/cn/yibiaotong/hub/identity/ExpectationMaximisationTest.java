package cn.yibiaotong.hub.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.data.Offset.offset;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class ExpectationMaximisationTest {

    @Test
    void learnsMAndUFromUnlabelledPairs() {
        MatchScorer configured = MatchRulesLoader.load(Path.of("config/matching.yaml"));
        List<FieldScore> fields = configured.fields();
        // pairs drawn from known m and u: 30 % matches; EM sees only the comparison vectors
        double[][] trueM = new double[fields.size()][];
        double[][] trueU = new double[fields.size()][];
        for (int f = 0; f < fields.size(); f++) {
            int n = fields.get(f).m().length;
            trueM[f] = new double[n];
            trueU[f] = new double[n];
            trueM[f][0] = 0.8;
            trueU[f][n - 1] = 0.8;
            for (int l = 1; l < n; l++) {
                trueM[f][l] = 0.2 / (n - 1);
            }
            for (int l = 0; l < n - 1; l++) {
                trueU[f][l] = 0.2 / (n - 1);
            }
        }
        Random random = new Random(7);
        List<int[]> vectors = new ArrayList<>();
        for (int i = 0; i < 50_000; i++) {
            boolean match = random.nextDouble() < 0.3;
            int[] v = new int[fields.size()];
            for (int f = 0; f < v.length; f++) {
                v[f] = draw(match ? trueM[f] : trueU[f], random);
            }
            vectors.add(v);
        }
        MatchScorer learned = ExpectationMaximisation.estimate(configured, vectors, 50);
        for (int f = 0; f < fields.size(); f++) {
            assertThat(learned.fields().get(f).m()[0]).as(fields.get(f).item() + " m(best)").isCloseTo(0.8, offset(0.03));
            int last = trueU[f].length - 1;
            assertThat(learned.fields().get(f).u()[last]).as(fields.get(f).item() + " u(worst)").isCloseTo(0.8, offset(0.03));
        }
        assertThat(learned.linkThreshold()).isEqualTo(configured.linkThreshold());
    }

    private static int draw(double[] p, Random random) {
        double x = random.nextDouble();
        for (int i = 0; i < p.length; i++) {
            x -= p[i];
            if (x < 0) {
                return i;
            }
        }
        return p.length - 1;
    }
}

package cn.yibiaotong.hub.identity;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Development aid: the true pairs the matcher kept apart and the false links it made, with their evidence, by
 * file and line only (the rows can be personal data; open them in the file if need be).
 * Usage: {@code MissedPairs mapping.yaml [limit]} on the test classpath.
 */
public final class MissedPairs {

    public static void main(String[] args) throws Exception {
        MatchScorer scorer = MatchRulesLoader.load(Path.of("config/matching.yaml"));
        LabelledRecords data = LabelledRecords.read(Path.of(args[0]), new RecordPreparer(
                MatchEvaluation.communities(Path.of("config/divisions/longquanyi.csv")), LocalDate.now()));
        Resolver resolver = new Resolver(scorer);
        data.records().forEach(resolver::resolve);
        Map<Integer, List<Integer>> byTruth = new HashMap<>();
        for (int i = 0; i < data.truth().length; i++) {
            byTruth.computeIfAbsent(data.truth()[i], k -> new ArrayList<>()).add(i);
        }
        int shown = 0;
        int limit = args.length > 1 ? Integer.parseInt(args[1]) : 30;
        for (List<Integer> group : byTruth.values()) {
            for (int a = 0; a < group.size() && shown < limit; a++) {
                for (int b = a + 1; b < group.size() && shown < limit; b++) {
                    int x = group.get(a);
                    int y = group.get(b);
                    if (resolver.clusterOf(x) != resolver.clusterOf(y)) {
                        show("MISSED", resolver, scorer, x, y);
                        shown++;
                    }
                }
            }
        }
        Map<Integer, Integer> truthOfCluster = new HashMap<>();
        shown = 0;
        for (int i = 0; i < data.truth().length && shown < limit; i++) {
            Integer t = truthOfCluster.putIfAbsent(resolver.clusterOf(i), data.truth()[i]);
            if (t != null && t != data.truth()[i]) {
                show("FALSE", resolver, scorer, resolver.clusterOf(i), i);
                shown++;
            }
        }
    }

    private static void show(String what, Resolver resolver, MatchScorer scorer, int x, int y) {
        MatchRecord a = resolver.record(x);
        MatchRecord b = resolver.record(y);
        MatchScorer.Comparison c = scorer.compare(a, b);
        System.out.printf("%s %.1f %s%n   %s%n   %s%n", what, c.score(), scorer.explain(c), a.key(), b.key());
    }
}

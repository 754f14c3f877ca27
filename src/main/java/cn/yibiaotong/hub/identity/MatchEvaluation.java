package cn.yibiaotong.hub.identity;

import cn.yibiaotong.hub.configfile.ConfigFileException;
import cn.yibiaotong.hub.configfile.ConfigFileReader;
import cn.yibiaotong.hub.division.CommunityMatch;
import cn.yibiaotong.hub.division.DivisionTree;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.UnaryOperator;

/**
 * The evaluation command: runs the hub's matcher over any set of CSV files described by a mapping with a
 * ground-truth column, and prints pairwise precision, recall and F1, cluster counts and records per second.
 * Usage (README, "Matching quality"):
 * {@code ./mvnw -q compile exec:java -Dexec.mainClass=cn.yibiaotong.hub.identity.MatchEvaluation
 * -Dexec.args="mapping.yaml [--em | --u-from-data] [--order-check] [--rules config/matching.yaml] [--divisions config/divisions/longquanyi.csv]"}
 */
public final class MatchEvaluation {

    private static final int RANDOM_PAIRS = 2_000_000;

    private MatchEvaluation() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length == 0) {
            System.err.println("用法：MatchEvaluation 映射文件.yaml [--em | --u-from-data] [--order-check] [--rules config/matching.yaml] "
                    + "[--divisions config/divisions/longquanyi.csv]");
            System.exit(2);
        }
        Path mapping = Path.of(args[0]);
        Path rules = Path.of(option(args, "--rules", "config/matching.yaml"));
        Path divisions = Path.of(option(args, "--divisions", "config/divisions/longquanyi.csv"));
        Learning learning = List.of(args).contains("--em") ? Learning.EM
                : List.of(args).contains("--u-from-data") ? Learning.U_FROM_DATA : Learning.NONE;
        try {
            run(mapping, MatchRulesLoader.load(rules, ConfigFileReader.DEFAULT_SCHEMAS_DIR), communities(divisions),
                    learning, List.of(args).contains("--order-check"), System.out);
        } catch (IllegalArgumentException | ConfigFileException e) {
            // a wrong mapping, column or rules file: the operator needs the sentence, not the stack
            System.err.println(e.getMessage());
            System.exit(1);
        } catch (java.nio.file.NoSuchFileException e) {
            System.err.println("文件不存在：" + e.getFile() + "。请检查映射文件及其中 path 的路径（相对于映射文件所在目录）。");
            System.exit(1);
        }
    }

    /**
     * Where the weights come from: config/matching.yaml as it is; m and u re-learned by EM from this data's
     * unlabelled candidate pairs; or u re-estimated from this data's random pairs (m as configured).
     */
    public enum Learning { NONE, EM, U_FROM_DATA }

    /** Runs the evaluation and prints the figures; returns them for tests. */
    public static PairwiseQuality run(Path mapping, MatchScorer scorer, UnaryOperator<String> communities,
                                      Learning learning, PrintStream out) throws IOException {
        return run(mapping, scorer, communities, learning, false, out);
    }

    /** @param orderCheck also resolve in reverse order and print how many records keep their resident */
    public static PairwiseQuality run(Path mapping, MatchScorer scorer, UnaryOperator<String> communities,
                                      Learning learning, boolean orderCheck, PrintStream out) throws IOException {
        long start = System.nanoTime();
        LabelledRecords data = LabelledRecords.read(mapping, new RecordPreparer(communities, LocalDate.now()));
        double prepareSeconds = (System.nanoTime() - start) / 1e9;
        out.printf(Locale.ROOT, "records: %d from %d files, prepared in %.1f s%n", data.records().size(),
                data.files(), prepareSeconds);
        if (learning == Learning.EM) {
            scorer = learn(scorer, data.records(), out);
        } else if (learning == Learning.U_FROM_DATA) {
            scorer = RandomPairs.estimateU(scorer, data.records(), RANDOM_PAIRS, 1L);
            print(scorer, "u from " + RANDOM_PAIRS + " random pairs of this data, m as configured", out);
        }
        long resolveStart = System.nanoTime();
        Resolver resolver = new Resolver(scorer);
        Map<Resolver.Tier, Integer> tiers = new EnumMap<>(Resolver.Tier.class);
        long comparisons = 0;
        long reviewPairs = 0;
        for (MatchRecord r : data.records()) {
            Resolver.Resolution res = resolver.resolve(r);
            tiers.merge(res.tier(), 1, Integer::sum);
            comparisons += res.comparisons();
            reviewPairs += res.reviews().size();
        }
        double resolveSeconds = (System.nanoTime() - resolveStart) / 1e9;
        int[] predicted = new int[resolver.size()];
        for (int i = 0; i < predicted.length; i++) {
            predicted[i] = resolver.clusterOf(i);
        }
        PairwiseQuality q = PairwiseQuality.of(data.truth(), predicted);
        int n = data.records().size();
        out.printf(Locale.ROOT, "resolved: by ID %d, probabilistic link %d, review %d, new %d; %d comparisons "
                        + "(%.1f per record); %d review pairs%n", tiers.getOrDefault(Resolver.Tier.ID, 0),
                tiers.getOrDefault(Resolver.Tier.PROBABILISTIC, 0), tiers.getOrDefault(Resolver.Tier.REVIEW, 0),
                tiers.getOrDefault(Resolver.Tier.NEW, 0), comparisons, (double) comparisons / n, reviewPairs);
        out.printf(Locale.ROOT, "pairs: true %d, predicted %d, correct %d%n", q.truePairs(), q.predictedPairs(),
                q.correctPairs());
        out.printf(Locale.ROOT, "precision %.5f  recall %.5f  F1 %.5f%n", q.precision(), q.recall(), q.f1());
        out.printf(Locale.ROOT, "clusters: true %d, predicted %d%n", q.trueClusters(), q.predictedClusters());
        out.printf(Locale.ROOT, "speed: %.0f records/s resolving, %.0f records/s including preparation%n",
                n / resolveSeconds, n / (resolveSeconds + prepareSeconds));
        if (orderCheck) {
            out.printf(Locale.ROOT, "order: %.4f %% of records keep exactly the same resident when loaded in reverse%n",
                    100 * OrderStability.reversed(scorer, data.records(), predicted));
        }
        return q;
    }

    private static MatchScorer learn(MatchScorer scorer, List<MatchRecord> records, PrintStream out) {
        Resolver pairs = new Resolver(scorer);
        List<int[]> vectors = new ArrayList<>();
        for (MatchRecord r : records) {
            vectors.addAll(pairs.candidateVectors(r));
        }
        MatchScorer learned = ExpectationMaximisation.estimate(scorer, vectors, 50);
        print(learned, "EM over " + vectors.size() + " unlabelled candidate pairs", out);
        return learned;
    }

    private static void print(MatchScorer learned, String how, PrintStream out) {
        out.println(how + "; m/u (weight in bits):");
        for (FieldScore f : learned.fields()) {
            StringBuilder line = new StringBuilder("  " + f.item() + ":");
            for (int i = 0; i < f.m().length; i++) {
                line.append(String.format(Locale.ROOT, " %s m=%.4f u=%.6f (%+.1f)",
                        f.comparator().levels().get(i), f.m()[i], f.u()[i], f.weights()[i]));
            }
            out.println(line);
        }
    }

    /** A community as a 12-digit code: codes pass, names are looked up in the division file. */
    static UnaryOperator<String> communities(Path divisionsCsv) {
        DivisionTree tree = DivisionTree.load(divisionsCsv);
        return input -> {
            String s = input.strip();
            if (s.matches("[0-9]{12}")) {
                return s;
            }
            CommunityMatch match = tree.community(s);
            return match.isFound() ? match.community().code() : null;
        };
    }

    private static String option(String[] args, String name, String fallback) {
        for (int i = 0; i + 1 < args.length; i++) {
            if (args[i].equals(name)) {
                return args[i + 1];
            }
        }
        return fallback;
    }
}

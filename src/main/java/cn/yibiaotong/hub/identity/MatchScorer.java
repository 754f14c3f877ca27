package cn.yibiaotong.hub.identity;

import java.util.ArrayList;
import java.util.List;

/**
 * The probabilistic tier: a Fellegi–Sunter score, the sum over fields of log2(m/u) for the level at which the
 * two records agree, and the outcome by the two thresholds of config/matching.yaml.
 */
public final class MatchScorer {

    private final List<FieldScore> fields;
    private final double link;
    private final double review;
    private final int maxBlockSize;

    MatchScorer(List<FieldScore> fields, double link, double review, int maxBlockSize) {
        this.fields = List.copyOf(fields);
        this.link = link;
        this.review = review;
        this.maxBlockSize = maxBlockSize;
    }

    /** What comparing two records found: each field's level (-1 missing), the score and the outcome. */
    public record Comparison(int[] levels, double score, Outcome outcome) {
    }

    public enum Outcome { LINK, REVIEW, NEW }

    public Comparison compare(MatchRecord a, MatchRecord b) {
        int[] levels = new int[fields.size()];
        double score = 0;
        boolean held = false;
        for (int i = 0; i < levels.length; i++) {
            FieldScore f = fields.get(i);
            int level = f.comparator().compare(a, b);
            levels[i] = level;
            if (level == FieldComparator.MISSING) {
                score += f.missing();
            } else {
                score += f.weights()[level];
                held |= f.holdForReview()[level];
            }
        }
        Outcome outcome = score >= link && !held ? Outcome.LINK : score >= review ? Outcome.REVIEW : Outcome.NEW;
        return new Comparison(levels, score, outcome);
    }

    /** Field by field, the level's name and weight: the evidence a reviewer sees. */
    public List<String> explain(Comparison c) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < fields.size(); i++) {
            FieldScore f = fields.get(i);
            int level = c.levels()[i];
            out.add(level < 0 ? f.item() + ": missing " + f.missing()
                    : "%s: %s %+.1f".formatted(f.item(), f.comparator().levels().get(level), f.weights()[level]));
        }
        return out;
    }

    /** One field's part of a comparison: the item, the level the two records agree at, and its weight in bits. */
    public record Evidence(String item, String level, double weight) {
    }

    /** Field by field, the evidence for stored levels (config/matching.yaml's field order; -1 = missing). */
    public List<Evidence> evidence(int[] levels) {
        List<Evidence> out = new ArrayList<>();
        for (int i = 0; i < fields.size() && i < levels.length; i++) {
            FieldScore f = fields.get(i);
            int level = levels[i];
            out.add(level < 0 || level >= f.weights().length ? new Evidence(f.item(), "missing", f.missing())
                    : new Evidence(f.item(), f.comparator().levels().get(level), f.weights()[level]));
        }
        return out;
    }

    List<FieldScore> fields() {
        return fields;
    }

    MatchScorer withFields(List<FieldScore> newFields) {
        return new MatchScorer(newFields, link, review, maxBlockSize);
    }

    public double linkThreshold() {
        return link;
    }

    public double reviewThreshold() {
        return review;
    }

    public int maxBlockSize() {
        return maxBlockSize;
    }
}

package cn.yibiaotong.hub.identity;

import java.util.List;

/**
 * Identity numbers as evidence. Two valid numbers either are equal (the deterministic tier has linked them
 * already) or belong to two people: MOD 11-2 catches every single-digit slip and every adjacent swap, so two
 * valid numbers never differ by one. A number that fails its check is never a key, but against a valid one it
 * says a lot: one digit substituted, two neighbours swapped, or at least the birth-date part (digits 7–14) agreeing.
 */
final class IdEvidenceComparator implements FieldComparator {

    static final List<String> LEVELS = List.of("exact", "one-digit", "transposed", "birth-part",
            "untrusted-different", "different");
    private static final int BIRTH_FROM = 6;
    private static final int BIRTH_TO = 14;

    @Override
    public List<String> levels() {
        return LEVELS;
    }

    @Override
    public int compare(MatchRecord a, MatchRecord b) {
        String x = a.anyId();
        String y = b.anyId();
        if (x == null || y == null) {
            return MISSING;
        }
        return LEVELS.indexOf(level(x, a.idTrusted(), y, b.idTrusted()));
    }

    static String level(String x, boolean xTrusted, String y, boolean yTrusted) {
        if (x.equals(y)) {
            return "exact";
        }
        if (xTrusted && yTrusted) {
            return "different";
        }
        if (DigitStrings.differingDigits(x, y) == 1) {
            return "one-digit";
        }
        if (DigitStrings.adjacentTransposition(x, y)) {
            return "transposed";
        }
        if (x.length() == y.length() && x.regionMatches(BIRTH_FROM, y, BIRTH_FROM, BIRTH_TO - BIRTH_FROM)) {
            return "birth-part";
        }
        return "untrusted-different";
    }
}

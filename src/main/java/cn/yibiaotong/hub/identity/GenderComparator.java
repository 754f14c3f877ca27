package cn.yibiaotong.hub.identity;

import java.util.List;

/** GB/T 2261.1 sex codes, "1" or "2", once each source's own codes have been mapped. */
final class GenderComparator implements FieldComparator {

    private static final List<String> LEVELS = List.of("agree", "disagree");

    @Override
    public List<String> levels() {
        return LEVELS;
    }

    @Override
    public int compare(MatchRecord a, MatchRecord b) {
        if (a.gender() == null || b.gender() == null) {
            return MISSING;
        }
        return a.gender().equals(b.gender()) ? 0 : 1;
    }

    /** 男/M/1/male → "1", 女/F/2/female → "2", anything else null (unknown, not a disagreement). */
    static String code(String raw) {
        if (raw == null) {
            return null;
        }
        return switch (raw.strip().toLowerCase()) {
            case "男", "男性", "m", "1", "male" -> "1";
            case "女", "女性", "f", "2", "female" -> "2";
            default -> null;
        };
    }
}

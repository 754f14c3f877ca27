package cn.yibiaotong.hub.identity;

import java.util.List;

/**
 * Phones normalised by the hub's own rules (13812345678, 028-84851234): the same number; one digit mistyped;
 * else different. A new phone is common, so a different number costs little (see config/matching.yaml).
 */
final class PhoneComparator implements FieldComparator {

    private static final List<String> LEVELS = List.of("exact", "one-digit", "different");

    @Override
    public List<String> levels() {
        return LEVELS;
    }

    @Override
    public int compare(MatchRecord a, MatchRecord b) {
        if (a.phone() == null || b.phone() == null) {
            return MISSING;
        }
        if (a.phone().equals(b.phone())) {
            return 0;
        }
        return DigitStrings.differingDigits(a.phone(), b.phone()) == 1 ? 1 : 2;
    }
}

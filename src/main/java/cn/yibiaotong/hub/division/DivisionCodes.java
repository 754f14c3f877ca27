package cn.yibiaotong.hub.division;

import java.util.Optional;

/**
 * Division codes as callers type them: 12-digit padded ({@code 510112001000}), or the significant
 * prefix of any level ({@code 510112001}), or a grid code under a community (more than 12 digits).
 */
public final class DivisionCodes {

    /** Significant prefix lengths of province, city, county, town and village/community. */
    private static final int[] LEVEL_LENGTHS = {2, 4, 6, 9, 12};

    private DivisionCodes() {
    }

    /** The shortest prefix that still selects the division: {@code 510112001000} → {@code 510112001}. */
    public static String significantPrefix(String code12) {
        String code = code12;
        for (int i = LEVEL_LENGTHS.length - 1; i > 0; i--) {
            int end = LEVEL_LENGTHS[i];
            int start = LEVEL_LENGTHS[i - 1];
            if (code.length() == end && code.substring(start).chars().allMatch(c -> c == '0')) {
                code = code.substring(0, start);
            }
        }
        return code;
    }

    /**
     * A caller's division filter as a code prefix, or empty when it is not a division code at all.
     * Accepts a padded 12-digit code, a significant prefix (2, 4, 6, 9 or 12 digits) or a grid code.
     */
    public static Optional<String> toPrefix(String input) {
        if (input == null) {
            return Optional.empty();
        }
        String code = input.strip();
        if (code.isEmpty() || !code.chars().allMatch(c -> c >= '0' && c <= '9')) {
            return Optional.empty();
        }
        if (code.length() > 12) {
            return Optional.of(code);
        }
        for (int len : LEVEL_LENGTHS) {
            if (code.length() == len) {
                return Optional.of(len == 12 ? significantPrefix(code) : code);
            }
        }
        return Optional.empty();
    }
}

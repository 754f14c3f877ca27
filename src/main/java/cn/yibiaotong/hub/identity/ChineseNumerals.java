package cn.yibiaotong.hub.identity;

import java.util.regex.Matcher;

/** 十二 → 12, 一百零五 → 105, 二〇一 → 201: the numbers of house, building and room in addresses. */
final class ChineseNumerals {

    private static final String DIGITS = "零一二三四五六七八九";

    private ChineseNumerals() {
    }

    static String replaceAll(Matcher runs) {
        return runs.replaceAll(m -> Long.toString(value(m.group())));
    }

    static long value(String text) {
        String t = text.replace('〇', '零').replace('两', '二');
        if (t.chars().noneMatch(c -> c == '十' || c == '百' || c == '千')) {
            // digit by digit, as house numbers are read out: 二零一 is 201
            long v = 0;
            for (char c : t.toCharArray()) {
                v = v * 10 + DIGITS.indexOf(c);
            }
            return v;
        }
        long total = 0;
        long digit = 0;
        for (char c : t.toCharArray()) {
            int d = DIGITS.indexOf(c);
            if (d >= 0) {
                digit = d;
            } else {
                long unit = c == '十' ? 10 : c == '百' ? 100 : 1000;
                total += (digit == 0 ? 1 : digit) * unit;
                digit = 0;
            }
        }
        return total + digit;
    }
}

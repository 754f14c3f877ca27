package cn.yibiaotong.hub.identity;

import java.text.Normalizer;
import java.util.regex.Pattern;

/**
 * A name prepared for comparison: NFKC, without spaces and the middle dots of minority and foreign names
 * (阿依古丽·买买提 is typed with ·, •, . or nothing), with the pinyin readings of each character.
 *
 * @param text     the cleaned name
 * @param readings per character, its toneless readings
 * @param pinyin   first readings concatenated, the blocking form
 */
public record PersonName(String text, String[][] readings, String pinyin) {

    private static final Pattern IGNORED = Pattern.compile("[\\s\\p{Z}\\u00B7\\u2022\\u2027\\u30FB\\u0387.．・]+");

    /** @return the prepared name, or null when the raw value is blank */
    public static PersonName of(String raw) {
        if (raw == null) {
            return null;
        }
        String text = IGNORED.matcher(Normalizer.normalize(raw, Normalizer.Form.NFKC)).replaceAll("");
        if (text.isEmpty()) {
            return null;
        }
        int[] cps = text.codePoints().toArray();
        String[][] readings = new String[cps.length][];
        StringBuilder pinyin = new StringBuilder();
        for (int i = 0; i < cps.length; i++) {
            readings[i] = Pinyin.readings(cps[i]);
            pinyin.append(readings[i][0]);
        }
        return new PersonName(text, readings, pinyin.toString());
    }

    /** Pinyin of the first character: the surname of nearly every Han name. */
    public String surnamePinyin() {
        return readings[0][0];
    }
}

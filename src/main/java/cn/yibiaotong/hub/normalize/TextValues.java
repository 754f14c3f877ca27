package cn.yibiaotong.hub.normalize;

import java.text.Normalizer;
import java.util.regex.Pattern;

/** Cleaning of free text as staff type or paste it into spreadsheets. */
public final class TextValues {

    // NFKC already turns NBSP and U+3000 into spaces, but not U+2028/U+2029 (pasted from Word) or NEL (legacy encodings).
    private static final Pattern WHITESPACE = Pattern.compile("[\\s\\p{Z}\\u0085]+");
    // Zero-width characters and the BOM survive NFKC, are invisible in Excel, and break equality and length checks.
    private static final Pattern INVISIBLE = Pattern.compile("[\\u200B\\u200C\\u200D\\u2060\\uFEFF]");

    private TextValues() {
    }

    /**
     * NFKC (full-width letters, digits and space to half-width), strip, collapse runs of whitespace
     * (including U+3000, NBSP, tabs, newlines) into one ASCII space, and drop zero-width characters.
     * Note that NFKC also folds other compatibility characters, e.g. ① to 1 and ㎡ to m2.
     *
     * @return the cleaned text; "" for null
     */
    public static String normalize(String raw) {
        if (raw == null) {
            return "";
        }
        String text = Normalizer.normalize(raw, Normalizer.Form.NFKC);
        text = INVISIBLE.matcher(text).replaceAll("");
        return WHITESPACE.matcher(text).replaceAll(" ").strip();
    }

    /**
     * Full-width ASCII variants (U+FF01..U+FF5E) and the ideographic space U+3000 to half-width; nothing
     * else changes. For values where NFKC would be too eager.
     *
     * @return the converted text; "" for null
     */
    public static String halfwidth(String raw) {
        if (raw == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(raw.length());
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (c == '\u3000') {
                out.append(' ');
            } else if (c >= '\uFF01' && c <= '\uFF5E') {
                out.append((char) (c - 0xFEE0));
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }
}

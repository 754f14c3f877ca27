package cn.yibiaotong.hub.identity;

import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import net.sourceforge.pinyin4j.PinyinHelper;
import net.sourceforge.pinyin4j.format.HanyuPinyinCaseType;
import net.sourceforge.pinyin4j.format.HanyuPinyinOutputFormat;
import net.sourceforge.pinyin4j.format.HanyuPinyinToneType;
import net.sourceforge.pinyin4j.format.HanyuPinyinVCharType;
import net.sourceforge.pinyin4j.format.exception.BadHanyuPinyinOutputFormatCombination;

/**
 * Toneless pinyin of single characters, every reading of a polyphonic one (曾: zeng, ceng), so that names
 * typed by ear (张伟/张玮, 刘/留) compare equal. Readings are cached: a district has only a few thousand
 * distinct name characters, and pinyin4j's lookup is the slowest part of preparing a record.
 */
public final class Pinyin {

    private static final HanyuPinyinOutputFormat FORMAT = new HanyuPinyinOutputFormat();
    private static final ConcurrentHashMap<Integer, String[]> CACHE = new ConcurrentHashMap<>();

    static {
        FORMAT.setCaseType(HanyuPinyinCaseType.LOWERCASE);
        FORMAT.setToneType(HanyuPinyinToneType.WITHOUT_TONE);
        FORMAT.setVCharType(HanyuPinyinVCharType.WITH_V);
    }

    private Pinyin() {
    }

    /**
     * Distinct toneless readings of one code point, the most common first; a character that is not Han
     * (a Latin letter in a migrant's name, a digit) reads as itself, lower-cased.
     */
    public static String[] readings(int codePoint) {
        return CACHE.computeIfAbsent(codePoint, Pinyin::lookUp);
    }

    /** The first reading of every character, concatenated: 张伟 → zhangwei. */
    public static String primary(String text) {
        StringBuilder sb = new StringBuilder(text.length() * 4);
        text.codePoints().forEach(cp -> sb.append(readings(cp)[0]));
        return sb.toString();
    }

    private static String[] lookUp(Integer codePoint) {
        if (Character.isBmpCodePoint(codePoint)
                && Character.UnicodeScript.of(codePoint) == Character.UnicodeScript.HAN) {
            try {
                String[] raw = PinyinHelper.toHanyuPinyinStringArray((char) codePoint.intValue(), FORMAT);
                if (raw != null && raw.length > 0) {
                    Set<String> distinct = new LinkedHashSet<>(Arrays.asList(raw));
                    return distinct.toArray(String[]::new);
                }
            } catch (BadHanyuPinyinOutputFormatCombination e) {
                throw new IllegalStateException("toneless lower-case pinyin is a valid pinyin4j format", e);
            }
        }
        return new String[] {new String(Character.toChars(codePoint)).toLowerCase()};
    }
}

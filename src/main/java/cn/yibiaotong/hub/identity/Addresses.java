package cn.yibiaotong.hub.identity;

import java.text.Normalizer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Addresses reduced to the part that tells two homes apart: NFKC (full-width digits), no spaces or
 * punctuation, no leading province/city/district (every address in a district shares them, and sources
 * write them or not), Chinese numerals as digits, and one spelling for 幢/座/号楼/栋 and for 栋-单元-室.
 */
public final class Addresses {

    private static final Pattern SPACES_AND_PUNCTUATION = Pattern.compile("[\\s\\p{Z},，、。;；:：()（）\\[\\]【】\"'“”]+");
    private static final Pattern PROVINCE = Pattern.compile("^[^省]{2,3}省");
    private static final Pattern CITY = Pattern.compile("^[^市]{2,4}市");
    private static final Pattern COUNTY = Pattern.compile("^([^区县]{2,4})(区|县)");
    private static final Pattern CHINESE_NUMBER = Pattern.compile("[零〇一二两三四五六七八九十百千]+");
    private static final Pattern BUILDING = Pattern.compile("(号楼|幢|座|栋)");
    private static final Pattern DASHES = Pattern.compile("[-—–―~～之]+");
    private static final Pattern UNIT_PARTS = Pattern.compile("(\\d+)(栋|单元|楼|层)");
    private static final Pattern ROOM = Pattern.compile("(\\d+)(室|户|房)");
    private static final Pattern HASH = Pattern.compile("(\\d+)#");

    private Addresses() {
    }

    /** @return the comparable form, or null when nothing is left */
    public static String normalize(String raw) {
        if (raw == null) {
            return null;
        }
        String a = Normalizer.normalize(raw, Normalizer.Form.NFKC);
        a = SPACES_AND_PUNCTUATION.matcher(a).replaceAll("");
        a = PROVINCE.matcher(a).replaceFirst("");
        a = CITY.matcher(a).replaceFirst("");
        Matcher county = COUNTY.matcher(a);
        // 长柏路社区… and 驿都小区… are not districts
        if (county.find() && !county.group(1).endsWith("社") && !county.group(1).endsWith("小")) {
            a = a.substring(county.end());
        }
        Matcher numerals = CHINESE_NUMBER.matcher(a);
        if (numerals.find()) {
            a = ChineseNumerals.replaceAll(numerals.reset());
        }
        if (a.indexOf('#') >= 0) {
            a = HASH.matcher(a).replaceAll("$1号");
        }
        a = BUILDING.matcher(a).replaceAll("栋");
        a = DASHES.matcher(a).replaceAll("-");
        a = UNIT_PARTS.matcher(a).replaceAll("$1-");
        a = ROOM.matcher(a).replaceAll("$1");
        while (a.endsWith("-")) {
            a = a.substring(0, a.length() - 1);
        }
        return a.isEmpty() ? null : a;
    }
}

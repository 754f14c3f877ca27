package cn.yibiaotong.hub.normalize;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Set;
import java.util.regex.Pattern;

/** 公民身份号码 (citizen identity number) per GB 11643-1999, accepting old 15-digit numbers (GB 11643-1989). */
public final class IdNumbers {

    static final String EMPTY = "公民身份号码为空。";
    static final String SCIENTIFIC = "身份证号被 Excel 转成了科学计数法，后几位数字已经丢失，无法还原。"
            + "请把该列单元格设置为“文本”格式，重新录入完整的 18 位号码后再上传。";
    static final String BAD_LENGTH = "公民身份号码应为 18 位（旧号 15 位），实际为 %d 位。请核对是否漏填或多填。";
    static final String BAD_CHARACTER = "公民身份号码只能由数字和末位的 X 组成，第 %d 位不是数字。请核对后重填。";
    static final String BAD_REGION = "公民身份号码前两位（省级代码）不存在。请核对号码。";
    static final String BAD_BIRTH_DATE = "公民身份号码中的出生日期（第 7–14 位）不是有效日期。请核对号码。";
    static final String FUTURE_BIRTH_DATE = "公民身份号码中的出生日期晚于今天。请核对号码。";
    static final String BAD_CHECK = "公民身份号码校验位（第 18 位）不正确，号码可能有录错的数字。请对照身份证原件核对。";
    static final String UPGRADED_15 = "15 位旧号码已按 GB 11643-1999 转换为 18 位。";

    private static final int[] WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    private static final String CHECK_CHARACTERS = "10X98765432";
    private static final Set<String> PROVINCES = Set.of(
            "11", "12", "13", "14", "15", "21", "22", "23", "31", "32", "33", "34", "35", "36", "37",
            "41", "42", "43", "44", "45", "46", "50", "51", "52", "53", "54", "61", "62", "63", "64", "65",
            "71", "81", "82", "83");
    // Excel shows long numbers as 5.10112E+17; some locales use a decimal comma.
    private static final Pattern SCIENTIFIC_NOTATION =
            Pattern.compile("[+-]?(?:\\d+(?:[.,]\\d*)?|[.,]\\d+)E[+-]?\\d+", Pattern.CASE_INSENSITIVE);
    // Staff group the digits with spaces or any of the dash look-alikes an IME produces.
    private static final Pattern SEPARATORS = Pattern.compile("[\\s\\p{Z}\\-\\u2010-\\u2015\\u2212]+");

    private IdNumbers() {
    }

    /** Normalises and checks against today's date in China; see {@link #normalize(String, LocalDate)}. */
    public static Checked normalize(String raw) {
        return normalize(raw, Today.inChina());
    }

    /**
     * Trims, converts full-width to half-width, removes spaces and hyphens, upper-cases x, converts a
     * 15-digit number to 18 digits (with a warning), and checks length, characters, province code,
     * birth date (not after {@code today}) and the check character.
     */
    public static Checked normalize(String raw, LocalDate today) {
        String id = clean(raw);
        if (id.isEmpty()) {
            return Checked.error(EMPTY);
        }
        if (SCIENTIFIC_NOTATION.matcher(id).matches()) {
            return Checked.error(SCIENTIFIC);
        }
        int length = id.codePointCount(0, id.length());
        if (length != 18 && length != 15) {
            return Checked.error(BAD_LENGTH.formatted(length));
        }
        int badPosition = firstBadPosition(id);
        if (badPosition > 0) {
            return Checked.error(BAD_CHARACTER.formatted(badPosition));
        }
        if (!PROVINCES.contains(id.substring(0, 2))) {
            return Checked.error(BAD_REGION);
        }
        // GB 11643-1989 numbers carry a two-digit year; everyone who received one was born in the 1900s.
        String birthDigits = length == 18 ? id.substring(6, 14) : "19" + id.substring(6, 12);
        LocalDate birth = dateOrNull(birthDigits);
        if (birth == null) {
            return Checked.error(BAD_BIRTH_DATE);
        }
        if (birth.isAfter(today)) {
            return Checked.error(FUTURE_BIRTH_DATE);
        }
        if (length == 15) {
            String body = id.substring(0, 6) + "19" + id.substring(6);
            return Checked.ok(body + checkCharacter(body), UPGRADED_15);
        }
        if (id.charAt(17) != checkCharacter(id.substring(0, 17))) {
            return Checked.error(BAD_CHECK);
        }
        return Checked.ok(id);
    }

    /** ISO 7064 MOD 11-2 check character over the first 17 digits. */
    public static char checkCharacter(String body17) {
        if (body17 == null || !body17.matches("[0-9]{17}")) {
            throw new IllegalArgumentException("body must be exactly 17 ASCII digits");
        }
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += (body17.charAt(i) - '0') * WEIGHTS[i];
        }
        return CHECK_CHARACTERS.charAt(sum % 11);
    }

    /** Birth date encoded in digits 7–14 of a valid 18-character number. */
    public static LocalDate birthDate(String id18) {
        LocalDate birth = dateOrNull(requireId18(id18).substring(6, 14));
        if (birth == null) {
            throw new IllegalArgumentException("digits 7-14 are not a date");
        }
        return birth;
    }

    /** GB/T 2261.1 sex code: "1" male (odd 17th digit), "2" female (even). */
    public static String genderCode(String id18) {
        return (requireId18(id18).charAt(16) - '0') % 2 == 1 ? "1" : "2";
    }

    /**
     * A normalised 18-character number as one long (17 digits × 11 + the check character, X as 10: at most
     * 1.1 × 10^18), so that a batch can remember a million of them in a primitive map.
     */
    public static long asLong(String id18) {
        if (id18.length() != 18) {
            throw new IllegalArgumentException("not a normalised 18-character ID number");
        }
        char check = id18.charAt(17);
        return Long.parseLong(id18, 0, 17, 10) * 11 + (check == 'X' ? 10 : check - '0');
    }

    private static String clean(String raw) {
        String id = SEPARATORS.matcher(TextValues.halfwidth(raw)).replaceAll("");
        // A leading apostrophe is how Excel users force text; it comes along when cells are copied as text.
        if (id.startsWith("'")) {
            id = id.substring(1);
        }
        return id.replace('x', 'X');
    }

    /** 1-based position of the first character that may not stand where it is, or 0. */
    private static int firstBadPosition(String id) {
        int[] chars = id.codePoints().toArray();
        for (int i = 0; i < chars.length; i++) {
            boolean checkSlot = chars.length == 18 && i == 17;
            if (!(chars[i] >= '0' && chars[i] <= '9') && !(checkSlot && chars[i] == 'X')) {
                return i + 1;
            }
        }
        return 0;
    }

    private static LocalDate dateOrNull(String yyyyMMdd) {
        try {
            return LocalDate.of(Integer.parseInt(yyyyMMdd.substring(0, 4)),
                    Integer.parseInt(yyyyMMdd.substring(4, 6)), Integer.parseInt(yyyyMMdd.substring(6, 8)));
        } catch (DateTimeException e) {
            return null;
        }
    }

    private static String requireId18(String id18) {
        if (id18 == null || !id18.matches("[0-9]{17}[0-9X]")) {
            throw new IllegalArgumentException("not a normalised 18-character identity number");
        }
        return id18;
    }
}

package cn.yibiaotong.hub.normalize;

import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Contact phone numbers in mainland China: mobiles and landlines with area code. */
public final class PhoneNumbers {

    static final String EMPTY = "联系电话为空。";
    static final String INVALID = "联系电话不是有效的手机号（11 位，以 1 开头）或带区号的固定电话（如 028-84851234）。请核对。";
    static final String SEVERAL = "一个单元格只能填写一个联系电话。请只保留一个号码。";

    // Applied after NFKC, which has already turned ，；／ into , ; /
    private static final Pattern LIST_SEPARATORS = Pattern.compile("[/,;、|\\\\或]");
    private static final Pattern SHAPE =
            Pattern.compile("[0-9 ()+\\-\\u2010-\\u2015\\u2212]+(?:转 ?[0-9]{1,6})?");
    private static final Pattern INTERNATIONAL = Pattern.compile("^\\(?(?:\\+|00) ?86\\)?");
    private static final Pattern NON_DIGITS = Pattern.compile("[^0-9]+");
    private static final Pattern MOBILE = Pattern.compile("1[3-9][0-9]{9}");
    // 010 and 02x are the only three-digit area codes, so the split is never ambiguous;
    // subscriber numbers never start with 0 (trunk prefix) or 1 (service codes).
    private static final Pattern LANDLINE = Pattern.compile("(0(?:10|2[0-9])|0[3-9][0-9]{2})([2-9][0-9]{6,7})");
    private static final int MAX_EXTENSION_DIGITS = 6;

    private PhoneNumbers() {
    }

    /**
     * Normalises a mobile to {@code 13812345678} and a landline to {@code 028-84851234}, keeping an
     * extension as {@code 028-84851234-123}. Accepts +86/0086 (and bare 86 before a mobile), spaces,
     * hyphens, a parenthesised area code and an extension written {@code -123} or {@code 转123}.
     */
    public static Checked normalize(String raw) {
        String text = TextValues.normalize(raw);
        if (text.isEmpty()) {
            return Checked.error(EMPTY);
        }
        List<String> parts = Arrays.stream(LIST_SEPARATORS.split(text))
                .map(String::strip).filter(part -> !part.isEmpty()).toList();
        if (parts.size() > 1) {
            return Checked.error(SEVERAL);
        }
        if (parts.isEmpty()) {
            return Checked.error(INVALID);
        }
        String single = parts.get(0);
        // Spaces both group digits ("138 1234 5678") and separate numbers; only the latter has whole numbers on each side.
        long wholeNumbers = Arrays.stream(single.split(" ")).filter(word -> parseOne(word) != null).count();
        if (wholeNumbers > 1) {
            return Checked.error(SEVERAL);
        }
        String number = parseOne(single);
        return number == null ? Checked.error(INVALID) : Checked.ok(number);
    }

    /** @return the normalised number, or null if the text is not exactly one valid number */
    private static String parseOne(String text) {
        if (!SHAPE.matcher(text).matches()) {
            return null;
        }
        String extension = null;
        int transfer = text.indexOf('转');
        if (transfer >= 0) {
            extension = text.substring(transfer + 1).strip();
            text = text.substring(0, transfer);
        }
        Matcher international = INTERNATIONAL.matcher(text);
        boolean hasCountryCode = international.find();
        if (hasCountryCode) {
            text = text.substring(international.end());
        }
        // Any other "+" is a foreign country code (+1 415 555 0100 would otherwise pass as a 14x mobile).
        if (text.indexOf('+') >= 0) {
            return null;
        }
        List<String> groups = Arrays.stream(NON_DIGITS.split(text)).filter(group -> !group.isEmpty()).toList();
        String digits = String.join("", groups);
        if (!hasCountryCode && digits.length() == 13 && digits.startsWith("86")
                && MOBILE.matcher(digits.substring(2)).matches()) {
            digits = digits.substring(2);
        }
        if (MOBILE.matcher(digits).matches()) {
            return extension == null ? digits : null;
        }
        // In international form the trunk 0 of the area code is dropped: +86 28 8485 1234.
        if (hasCountryCode && !digits.startsWith("0")) {
            digits = "0" + digits;
        }
        // A short last group after a complete number is an extension: 028-84851234-123.
        if (extension == null && groups.size() > 1) {
            String last = groups.get(groups.size() - 1);
            String withExtension = last.length() <= MAX_EXTENSION_DIGITS
                    ? landline(digits.substring(0, digits.length() - last.length()), last) : null;
            if (withExtension != null) {
                return withExtension;
            }
        }
        return landline(digits, extension);
    }

    private static String landline(String digits, String extension) {
        Matcher m = LANDLINE.matcher(digits);
        if (!m.matches()) {
            return null;
        }
        return m.group(1) + "-" + m.group(2) + (extension == null ? "" : "-" + extension);
    }
}

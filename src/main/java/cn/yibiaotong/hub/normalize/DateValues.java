package cn.yibiaotong.hub.normalize;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.time.temporal.ChronoField;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Dates as staff type them or as Excel exports them, normalised to ISO yyyy-MM-dd. */
public final class DateValues {

    static final String EMPTY = "日期为空。";
    static final String UNRECOGNISED = "无法识别的日期格式。请填写如 1985-03-12、1985/3/12、19850312 或 1985年3月12日。";
    static final String IMPOSSIBLE = "日期不存在（如 2 月 30 日）。请核对。";
    static final String FUTURE = "日期晚于今天。请核对。";
    static final String YEAR_ONLY = "只填写了年份，缺少月和日。请填写完整日期，如 1985-03-12。";

    // Excel exports a date cell as "1985-03-12 00:00:00"; the time says nothing about the date.
    private static final Pattern TRAILING_TIME =
            Pattern.compile("(.+?)[ T]\\d{1,2}:\\d{2}(?::\\d{2}(?:\\.\\d{1,9})?)?");
    private static final List<Pattern> YEAR_MONTH_DAY = List.of(
            Pattern.compile("(?<y>\\d{4})([-/.])(?<m>\\d{1,2})\\2(?<d>\\d{1,2})"),
            Pattern.compile("(?<y>\\d{4})(?<m>\\d{2})(?<d>\\d{2})"),
            Pattern.compile("(?<y>\\d{4}) ?年 ?(?<m>\\d{1,2}) ?月 ?(?<d>\\d{1,2}) ?[日号]?"));
    // Only ".0" fractions: "1985.03" is a year and month, not serial 1985 plus a time of day.
    private static final Pattern EXCEL_SERIAL = Pattern.compile("(\\d{1,7})(?:\\.0+)?");
    private static final long MAX_SERIAL = 2_958_465; // 9999-12-31
    private static final long LOTUS_LEAP_DAY = 60;    // 1900-02-29, which never existed
    private static final LocalDate EXCEL_EPOCH = LocalDate.of(1899, 12, 30);
    private static final Map<String, DateTimeFormatter> FORMATTERS = new ConcurrentHashMap<>();

    private DateValues() {
    }

    /** Parses against today's date in China; see {@link #parse(String, List, LocalDate)}. */
    public static Checked parse(String raw, List<String> extraPatterns) {
        return parse(raw, extraPatterns, Today.inChina());
    }

    /**
     * Parses the formats staff type (1985-03-12, 1985/3/12, 1985.3.12, 19850312, 1985年3月12日, each
     * with an optional trailing time), Excel serial day numbers and full-width digits.
     *
     * @param extraPatterns DateTimeFormatter patterns tried first, strictly; {@code yyyy} is read as
     *                      {@code uuuu} so that strict resolution does not demand an era. May be null.
     * @throws IllegalArgumentException if an extra pattern is not a valid DateTimeFormatter pattern
     */
    public static Checked parse(String raw, List<String> extraPatterns, LocalDate today) {
        String text = TextValues.normalize(raw);
        if (text.isEmpty()) {
            return Checked.error(EMPTY);
        }
        Matcher time = TRAILING_TIME.matcher(text);
        String date = time.matches() ? time.group(1) : text;
        Checked result = viaExtraPatterns(text, date, extraPatterns == null ? List.of() : extraPatterns);
        if (result == null) {
            result = viaBuiltInFormats(date);
        }
        if (result == null) {
            return Checked.error(UNRECOGNISED);
        }
        if (result.isOk() && LocalDate.parse(result.value()).isAfter(today)) {
            return Checked.error(FUTURE);
        }
        return result;
    }

    /** @return the outcome, or null if no pattern fits the text's shape */
    private static Checked viaExtraPatterns(String text, String date, List<String> patterns) {
        for (String pattern : patterns) {
            DateTimeFormatter formatter = FORMATTERS.computeIfAbsent(pattern, DateValues::strictFormatter);
            for (String candidate : text.equals(date) ? List.of(text) : List.of(text, date)) {
                try {
                    return Checked.ok(LocalDate.parse(candidate, formatter).toString());
                } catch (DateTimeParseException strictFailure) {
                    if (fitsLeniently(candidate, formatter)) {
                        return Checked.error(IMPOSSIBLE);
                    }
                }
            }
        }
        return null;
    }

    /** The text has the pattern's shape and only strict resolution (30 February, month 13) rejected it. */
    private static boolean fitsLeniently(String text, DateTimeFormatter strict) {
        try {
            LocalDate.parse(text, strict.withResolverStyle(ResolverStyle.LENIENT));
            return true;
        } catch (DateTimeParseException e) {
            return false;
        }
    }

    /** A pattern without a day ({@code yyyy.MM}, as assistance rolls record a start month) means the 1st. */
    private static DateTimeFormatter strictFormatter(String pattern) {
        DateTimeFormatterBuilder builder = new DateTimeFormatterBuilder().appendPattern(yearOfEraToYear(pattern));
        if (!hasUnquoted(pattern, 'd')) {
            builder.parseDefaulting(ChronoField.DAY_OF_MONTH, 1);
        }
        return builder.toFormatter().withResolverStyle(ResolverStyle.STRICT);
    }

    private static boolean hasUnquoted(String pattern, char letter) {
        boolean quoted = false;
        for (char c : pattern.toCharArray()) {
            quoted ^= c == '\'';
            if (!quoted && c == letter) {
                return true;
            }
        }
        return false;
    }

    private static String yearOfEraToYear(String pattern) {
        StringBuilder out = new StringBuilder(pattern.length());
        boolean quoted = false;
        for (char c : pattern.toCharArray()) {
            quoted ^= c == '\'';
            out.append(!quoted && c == 'y' ? 'u' : c);
        }
        return out.toString();
    }

    private static Checked viaBuiltInFormats(String date) {
        for (Pattern format : YEAR_MONTH_DAY) {
            Matcher m = format.matcher(date);
            if (m.matches()) {
                try {
                    return Checked.ok(LocalDate.of(Integer.parseInt(m.group("y")), Integer.parseInt(m.group("m")),
                            Integer.parseInt(m.group("d"))).toString());
                } catch (DateTimeException e) {
                    return Checked.error(IMPOSSIBLE);
                }
            }
        }
        Matcher serial = EXCEL_SERIAL.matcher(date);
        return serial.matches() ? fromExcelSerial(Long.parseLong(serial.group(1))) : null;
    }

    /**
     * Excel's 1900 date system copies Lotus 1-2-3 in treating 1900 as a leap year: serial 60 is the
     * non-existent 1900-02-29 and is rejected; serials before it are one day off from those after it.
     */
    private static Checked fromExcelSerial(long serial) {
        if (serial < 1 || serial > MAX_SERIAL) {
            return null;
        }
        if (serial == LOTUS_LEAP_DAY) {
            return Checked.error(IMPOSSIBLE);
        }
        LocalDate date = EXCEL_EPOCH.plusDays(serial < LOTUS_LEAP_DAY ? serial + 1 : serial);
        // Serials 1900..2099 fall in 1905: in a register of people that is a year typed alone, not a date.
        if (serial >= 1900 && serial <= 2099) {
            return Checked.error(YEAR_ONLY);
        }
        return Checked.ok(date.toString());
    }
}

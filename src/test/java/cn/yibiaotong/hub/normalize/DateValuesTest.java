package cn.yibiaotong.hub.normalize;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class DateValuesTest {

    static final String UNRECOGNISED = "无法识别的日期格式。请填写如 1985-03-12、1985/3/12、19850312 或 1985年3月12日。";
    static final String IMPOSSIBLE = "日期不存在（如 2 月 30 日）。请核对。";
    static final String FUTURE = "日期晚于今天。请核对。";
    static final String YEAR_ONLY = "只填写了年份，缺少月和日。请填写完整日期，如 1985-03-12。";
    static final LocalDate TODAY = LocalDate.of(2025, 6, 30);

    static Checked parse(String raw) {
        return DateValues.parse(raw, List.of(), TODAY);
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @ValueSource(strings = {"1985-03-12", "1985-3-12", "1985/3/12", "1985/03/12", "1985.03.12", "1985.3.12",
        "19850312", "1985年3月12日", "1985年03月12日", "1985 年 3 月 12 日", "1985年3月12号", "1985年3月12",
        "1985-03-12 00:00:00", "1985-03-12T00:00", "1985-03-12 0:00", "1985/3/12 0:00", "1985-03-12 00:00:00.000",
        "1985年3月12日 00:00:00", "19850312 00:00", "  1985-03-12  ", "1985-03-12\u3000",
        "１９８５－０３－１２", "１９８５／３／１２", "１９８５年３月１２日", "１９８５０３１２", "31118", "31118.0",
        "３１１１８", "31118.00", "31118 00:00:00"})
    void everyListedFormatGivesIsoDate(String raw) {
        Checked result = parse(raw);
        assertThat(result.error()).isNull();
        assertThat(result.value()).isEqualTo("1985-03-12");
        assertThat(result.warning()).isNull();
    }

    @Test
    void worksWithoutExplicitToday() {
        assertThat(DateValues.parse("1985-03-12", List.of()).value()).isEqualTo("1985-03-12");
        assertThat(DateValues.parse("1985-03-12", null).value()).isEqualTo("1985-03-12");
        assertThat(DateValues.parse("2999-01-01", null).error()).isEqualTo(FUTURE);
    }

    @ParameterizedTest(name = "[{index}] serial {0}")
    @CsvSource({
        "1, 1900-01-01",
        "2, 1900-01-02",
        "59, 1900-02-28",
        "61, 1900-03-01",
        "25569, 1970-01-01",
        "31118, 1985-03-12",
        "36526, 2000-01-01",
        "45838, 2025-06-30"})
    void excelSerialsFollowThe1900DateSystem(String serial, String expected) {
        assertThat(parse(serial).value()).isEqualTo(expected);
    }

    @Test
    void serialSixtyIsLotusPhantomLeapDayAndRejected() {
        // Excel displays serial 60 as 1900-02-29, a day that never existed; accepting it would invent a date.
        assertThat(parse("60").error()).isEqualTo(IMPOSSIBLE);
    }

    @Test
    void largestSerialIsLastDayExcelKnows() {
        assertThat(DateValues.parse("2958465", List.of(), LocalDate.of(9999, 12, 31)).value()).isEqualTo("9999-12-31");
        assertThat(DateValues.parse("2958466", List.of(), LocalDate.of(9999, 12, 31)).error()).isEqualTo(UNRECOGNISED);
    }

    @Test
    void aYearTypedAloneIsRejectedNotReadAsASerialIn1905() {
        assertThat(parse("1985").error()).isEqualTo("只填写了年份，缺少月和日。请填写完整日期，如 1985-03-12。");
        assertThat(parse("1899").value()).isEqualTo("1905-03-13");
        assertThat(parse("2100").value()).isEqualTo("1905-09-30");
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @ValueSource(strings = {"1985-02-30", "1985-13-01", "1985-00-12", "1985-03-00", "1985-04-31", "19850230",
        "19851301", "1985年2月30日", "1985/2/29", "1900-02-29", "1985.02.30", "0000-00-00", "1985-02-30 00:00:00"})
    void impossibleDatesAreErrorsNotAdjusted(String raw) {
        Checked result = parse(raw);
        assertThat(result.error()).isEqualTo(IMPOSSIBLE);
        assertThat(result.error()).doesNotContain(raw);
    }

    @Test
    void leapDaysThatExistAreAccepted() {
        assertThat(parse("2000-02-29").value()).isEqualTo("2000-02-29");
        assertThat(parse("1984年2月29日").value()).isEqualTo("1984-02-29");
    }

    @Test
    void todayIsAcceptedTomorrowIsNot() {
        assertThat(parse("2025-06-30").value()).isEqualTo("2025-06-30");
        assertThat(parse("2025-07-01").error()).isEqualTo(FUTURE);
        assertThat(parse("20990101").error()).isEqualTo(FUTURE);
        assertThat(parse("45839").error()).as("serial of 2025-07-01").isEqualTo(FUTURE);
        assertThat(parse("100000").error()).isEqualTo(FUTURE);
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @ValueSource(strings = {"abc", "不详", "85-3-12", "12/03/1985", "1985-03", "1985.03", "1985-3/12", "1985年3月",
        "0", "31118.5", "-31118", "1985-03-12 morning", "198503121", "1985--03-12", "2958466"})
    void unrecognisedFormatsAreErrors(String raw) {
        Checked result = parse(raw);
        assertThat(result.error()).isEqualTo(UNRECOGNISED);
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"  ", "\u3000"})
    void emptyIsReported(String raw) {
        assertThat(parse(raw).error()).isEqualTo("日期为空。");
    }

    @Test
    void extraPatternsAddFormats() {
        List<String> patterns = List.of("dd.MM.uuuu", "d/M/uuuu");
        assertThat(DateValues.parse("12.03.1985", patterns, TODAY).value()).isEqualTo("1985-03-12");
        assertThat(DateValues.parse("12/3/1985", patterns, TODAY).value()).isEqualTo("1985-03-12");
        assertThat(DateValues.parse("12.03.1985 00:00:00", patterns, TODAY).value()).isEqualTo("1985-03-12");
        assertThat(DateValues.parse("１２.０３.１９８５", patterns, TODAY).value()).isEqualTo("1985-03-12");
        assertThat(DateValues.parse("1985-03-12", patterns, TODAY).value()).as("built-ins still apply")
                .isEqualTo("1985-03-12");
    }

    @Test
    void extraPatternsAreTriedFirst() {
        // Without the pattern 19851203 is 3 December; the upload's own convention must win.
        assertThat(parse("19851203").value()).isEqualTo("1985-12-03");
        assertThat(DateValues.parse("19851203", List.of("uuuuddMM"), TODAY).value()).isEqualTo("1985-03-12");
    }

    @Test
    void extraPatternsAreStrict() {
        List<String> patterns = List.of("dd.MM.uuuu");
        assertThat(DateValues.parse("30.02.1985", patterns, TODAY).error()).isEqualTo(IMPOSSIBLE);
        assertThat(DateValues.parse("12.13.1985", patterns, TODAY).error()).isEqualTo(IMPOSSIBLE);
        assertThat(DateValues.parse("01.07.2025", patterns, TODAY).error()).isEqualTo(FUTURE);
        assertThat(DateValues.parse("12.3.1985", patterns, TODAY).error()).isEqualTo(UNRECOGNISED);
    }

    @Test
    void yearOfEraPatternsBehaveLikeYear() {
        assertThat(DateValues.parse("12.03.1985", List.of("dd.MM.yyyy"), TODAY).value()).isEqualTo("1985-03-12");
        assertThat(DateValues.parse("12 day 03 1985", List.of("dd 'day' MM yyyy"), TODAY).value())
                .isEqualTo("1985-03-12");
    }

    @Test
    void patternWithoutDayMeansTheFirstOfTheMonth() {
        // assistance rolls record the month a benefit starts: 保障起始年月 2024.03
        assertThat(DateValues.parse("1985-03", List.of("uuuu-MM"), TODAY).value()).isEqualTo("1985-03-01");
        assertThat(DateValues.parse("2024.03", List.of("yyyy.MM"), TODAY).value()).isEqualTo("2024-03-01");
        assertThat(DateValues.parse("1985-13", List.of("uuuu-MM"), TODAY).error()).isEqualTo(IMPOSSIBLE);
        assertThat(DateValues.parse("1985", List.of("uuuu-MM"), TODAY).error()).isEqualTo(YEAR_ONLY);
    }

    @Test
    void brokenExtraPatternIsAConfigurationError() {
        assertThatThrownBy(() -> DateValues.parse("1985-03-12", List.of("uuuu-MM-dd{"), TODAY))
                .isInstanceOf(IllegalArgumentException.class);
    }
}

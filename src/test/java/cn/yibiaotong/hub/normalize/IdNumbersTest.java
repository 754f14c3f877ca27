package cn.yibiaotong.hub.normalize;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvFileSource;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class IdNumbersTest {

    // The texts are spelled out, not taken from IdNumbers, so that a changed message fails here.
    static final String EMPTY = "公民身份号码为空。";
    static final String SCIENTIFIC = "身份证号被 Excel 转成了科学计数法，后几位数字已经丢失，无法还原。"
            + "请把该列单元格设置为“文本”格式，重新录入完整的 18 位号码后再上传。";
    static final String BAD_REGION = "公民身份号码前两位（省级代码）不存在。请核对号码。";
    static final String BAD_BIRTH_DATE = "公民身份号码中的出生日期（第 7–14 位）不是有效日期。请核对号码。";
    static final String FUTURE_BIRTH_DATE = "公民身份号码中的出生日期晚于今天。请核对号码。";
    static final String BAD_CHECK = "公民身份号码校验位（第 18 位）不正确，号码可能有录错的数字。请对照身份证原件核对。";

    static String badLength(int actual) {
        return "公民身份号码应为 18 位（旧号 15 位），实际为 " + actual + " 位。请核对是否漏填或多填。";
    }

    static String badCharacter(int position) {
        return "公民身份号码只能由数字和末位的 X 组成，第 " + position + " 位不是数字。请核对后重填。";
    }

    /** A valid 18-character number for the given province code and birth date. */
    static String validId(String province, LocalDate birth, String sequence) {
        String body = province + "0112" + birth.toString().replace("-", "") + sequence;
        return body + IdNumbers.checkCharacter(body);
    }

    @ParameterizedTest(name = "[{index}] {0} -> {1} ({3})")
    @CsvFileSource(resources = "/id_examples.csv", numLinesToSkip = 1, encoding = "UTF-8")
    void everyExampleRow(String input, String expected, String normalized18, String rule, String note) {
        Checked result = IdNumbers.normalize(input);
        switch (expected) {
            case "valid", "valid_after_normalization" -> {
                assertThat(result.error()).as(note).isNull();
                assertThat(result.value()).as(note).isEqualTo(normalized18);
                assertThat(result.warning()).as(note).isNull();
            }
            case "valid_15" -> {
                assertThat(result.error()).as(note).isNull();
                assertThat(result.value()).as(note).isEqualTo(normalized18);
                assertThat(result.warning()).as(note).isEqualTo("15 位旧号码已按 GB 11643-1999 转换为 18 位。");
            }
            case "invalid" -> {
                assertThat(result.isOk()).as(note).isFalse();
                assertThat(result.error()).as(note).isEqualTo(expectedMessage(rule, input));
                assertThat(result.error()).as("the message must not echo the value").doesNotContain(input);
            }
            default -> throw new AssertionError("unknown expectation in id_examples.csv: " + expected);
        }
    }

    private static String expectedMessage(String rule, String input) {
        return switch (rule) {
            case "bad_check_digit" -> BAD_CHECK;
            case "bad_birth_date" -> BAD_BIRTH_DATE;
            case "future_birth_date" -> FUTURE_BIRTH_DATE;
            case "bad_region_code" -> BAD_REGION;
            case "bad_length" -> badLength(input.length());
            case "bad_character" -> badCharacter(firstNonDigit(input) + 1);
            default -> throw new AssertionError("unknown rule in id_examples.csv: " + rule);
        };
    }

    private static int firstNonDigit(String input) {
        for (int i = 0; i < input.length(); i++) {
            if (!Character.isDigit(input.charAt(i))) {
                return i;
            }
        }
        throw new AssertionError("no non-digit in " + input);
    }

    @ParameterizedTest
    @ValueSource(strings = {"5.10112E+17", "5.10112e17", "5,10112E+17", "5.10112E17", "5.10112e+017", "5E+17",
        "5.101122E+17", " 5.10112E+17 ", "5.10112 E+17", "５.１０１１２Ｅ＋１７", "+5.1E17", ".5E18", "5.E17"})
    void scientificNotationIsExplained(String raw) {
        Checked result = IdNumbers.normalize(raw);
        assertThat(result.error()).isEqualTo(SCIENTIFIC);
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"   ", "\u3000", "\t", " - "})
    void emptyIsReported(String raw) {
        assertThat(IdNumbers.normalize(raw).error()).isEqualTo(EMPTY);
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            ５１０１１２２００００１０１００１４   | 510112200001010014
            ５２０１１５１９９００１０１００１ｘ   | 52011519900101001X
            ５２０１１５１９９００１０１００１Ｘ   | 52011519900101001X
            52011519900101001x                   | 52011519900101001X
            510112-20000101-0014                 | 510112200001010014
            510112－20000101－0014               | 510112200001010014
            510112—20000101—0014                 | 510112200001010014
            510112\u300020000101\u00A00014       | 510112200001010014
            510112\t20000101 0014                | 510112200001010014
            '510112200001010014                  | 510112200001010014
            ５１０１１２８００１０１００１       | 510112198001010014
            """)
    void dirtyFormsAreCleaned(String raw, String expected) {
        Checked result = IdNumbers.normalize(raw);
        assertThat(result.error()).isNull();
        assertThat(result.value()).isEqualTo(expected);
    }

    @Test
    void fifteenDigitNumberIsConvertedWithCheckCharacter() {
        Checked result = IdNumbers.normalize("510112800101001");
        assertThat(result.value()).isEqualTo("510112198001010014");
        assertThat(result.warning()).isEqualTo("15 位旧号码已按 GB 11643-1999 转换为 18 位。");
        assertThat(IdNumbers.birthDate(result.value())).isEqualTo(LocalDate.of(1980, 1, 1));
    }

    @Test
    void fifteenDigitNumberIsCheckedLikeEighteen() {
        assertThat(IdNumbers.normalize("990112800101001").error()).isEqualTo(BAD_REGION);
        assertThat(IdNumbers.normalize("510112801301001").error()).isEqualTo(BAD_BIRTH_DATE);
        assertThat(IdNumbers.normalize("510112000229001").error()).as("1900 was no leap year").isEqualTo(BAD_BIRTH_DATE);
        assertThat(IdNumbers.normalize("51011280010100X").error()).isEqualTo(badCharacter(15));
        assertThat(IdNumbers.normalize("510112960229001").value()).isEqualTo("51011219960229001X");
    }

    @Test
    void lengthIsCheckedBeforeCharacters() {
        assertThat(IdNumbers.normalize("ABC").error()).isEqualTo(badLength(3));
        assertThat(IdNumbers.normalize("5101122000010100141").error()).isEqualTo(badLength(19));
        assertThat(IdNumbers.normalize("身份证510112200001010014").error()).isEqualTo(badLength(21));
    }

    @Test
    void characterPositionIsReportedOneBased() {
        assertThat(IdNumbers.normalize("X10112200001010014").error()).isEqualTo(badCharacter(1));
        assertThat(IdNumbers.normalize("51011220000101001A").error()).isEqualTo(badCharacter(18));
        assertThat(IdNumbers.normalize("51011220000101001字").error()).isEqualTo(badCharacter(18));
        assertThat(IdNumbers.normalize("5101122000.1010014").error()).isEqualTo(badCharacter(11));
    }

    @ParameterizedTest
    @ValueSource(strings = {"11", "12", "13", "14", "15", "21", "22", "23", "31", "32", "33", "34", "35", "36",
        "37", "41", "42", "43", "44", "45", "46", "50", "51", "52", "53", "54", "61", "62", "63", "64", "65",
        "71", "81", "82", "83"})
    void everyProvinceCodeIsAccepted(String province) {
        String id = validId(province, LocalDate.of(1990, 5, 17), "123");
        assertThat(IdNumbers.normalize(id).value()).isEqualTo(id);
    }

    @ParameterizedTest
    @ValueSource(strings = {"00", "10", "16", "20", "24", "30", "38", "40", "47", "49", "55", "60", "66", "70",
        "72", "80", "84", "90", "91", "99"})
    void unknownProvinceCodeIsRejected(String province) {
        String id = validId(province, LocalDate.of(1990, 5, 17), "123");
        assertThat(IdNumbers.normalize(id).error()).isEqualTo(BAD_REGION);
    }

    @Test
    void birthDateMayBeTodayButNotTomorrow() {
        LocalDate today = LocalDate.of(2024, 6, 1);
        assertThat(IdNumbers.normalize(validId("51", today, "001"), today).isOk()).isTrue();
        assertThat(IdNumbers.normalize(validId("51", today.plusDays(1), "001"), today).error())
                .isEqualTo(FUTURE_BIRTH_DATE);
    }

    @Test
    void everySingleDigitTypoIsCaughtByTheCheckCharacter() {
        String valid = "510112200001010014";
        for (int position = 14; position < 17; position++) {
            for (char digit = '0'; digit <= '9'; digit++) {
                if (digit == valid.charAt(position)) {
                    continue;
                }
                String typo = valid.substring(0, position) + digit + valid.substring(position + 1);
                assertThat(IdNumbers.normalize(typo).error()).as(typo).isEqualTo(BAD_CHECK);
            }
        }
    }

    @Test
    void checkCharacterMatchesWorkedExamples() {
        assertThat(IdNumbers.checkCharacter("51011220000101001")).isEqualTo('4');
        assertThat(IdNumbers.checkCharacter("51011220000101002")).isEqualTo('2');
        assertThat(IdNumbers.checkCharacter("52011519900101001")).isEqualTo('X');
        assertThat(IdNumbers.checkCharacter("52011519900101006")).isEqualTo('0');
        assertThat(IdNumbers.checkCharacter("51011219800101001")).isEqualTo('4');
    }

    @Test
    void checkCharacterRejectsMalformedBodies() {
        for (String body : List.of("5101122000010100", "510112200001010011", "5101122000010100X", "５１０１１２２００００１０１００１")) {
            assertThatThrownBy(() -> IdNumbers.checkCharacter(body)).as(body).isInstanceOf(IllegalArgumentException.class);
        }
        assertThatThrownBy(() -> IdNumbers.checkCharacter(null)).isInstanceOf(IllegalArgumentException.class);
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @CsvSource({
        "510112200001010014, 2000-01-01, 1",
        "510112200001010022, 2000-01-01, 2",
        "520115198002290039, 1980-02-29, 1",
        "610922194910010048, 1949-10-01, 2",
        "52011519900101001X, 1990-01-01, 1",
        "520115197506150027, 1975-06-15, 2"})
    void birthDateAndGenderCode(String id18, LocalDate birth, String gender) {
        assertThat(IdNumbers.birthDate(id18)).isEqualTo(birth);
        assertThat(IdNumbers.genderCode(id18)).isEqualTo(gender);
    }

    @Test
    void birthDateAndGenderCodeNeedANormalisedId() {
        for (String id : List.of("510112800101001", "52011519900101001x", "510112 200001010014", "510112199002300114")) {
            assertThatThrownBy(() -> IdNumbers.birthDate(id)).as(id).isInstanceOf(IllegalArgumentException.class);
        }
        assertThatThrownBy(() -> IdNumbers.genderCode("510112800101001")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> IdNumbers.genderCode(null)).isInstanceOf(IllegalArgumentException.class);
    }
}

package cn.yibiaotong.hub.normalize;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class PhoneNumbersTest {

    static final String INVALID = "联系电话不是有效的手机号（11 位，以 1 开头）或带区号的固定电话（如 028-84851234）。请核对。";
    static final String SEVERAL = "一个单元格只能填写一个联系电话。请只保留一个号码。";

    @ParameterizedTest(name = "[{index}] {0}")
    @ValueSource(strings = {"13812345678", " 13812345678 ", "138 1234 5678", "138-1234-5678", "138 - 1234 - 5678",
        "+86 138 1234 5678", "+8613812345678", "+86-13812345678", "8613812345678", "86 138 1234 5678",
        "008613812345678", "0086 13812345678", "(+86)13812345678", "（＋８６）１３８１２３４５６７８",
        "１３８１２３４５６７８", "138\u30001234\u30005678", "13812345678/", "，13812345678"})
    void mobileIsNormalised(String raw) {
        Checked result = PhoneNumbers.normalize(raw);
        assertThat(result.error()).isNull();
        assertThat(result.value()).isEqualTo("13812345678");
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @ValueSource(strings = {"13012345678", "14712345678", "15912345678", "16612345678", "17712345678",
        "18912345678", "19912345678"})
    void everyMobilePrefixFromThirteenToNineteenIsAccepted(String raw) {
        assertThat(PhoneNumbers.normalize(raw).value()).isEqualTo(raw);
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @CsvSource(delimiter = '|', textBlock = """
            028-84851234            | 028-84851234
            02884851234             | 028-84851234
            028 84851234            | 028-84851234
            028 8485 1234           | 028-84851234
            028-8485-1234           | 028-84851234
            (028)84851234           | 028-84851234
            (028) 8485-1234         | 028-84851234
            （０２８）８４８５１２３４ | 028-84851234
            ０２８－８４８５１２３４ | 028-84851234
            028—84851234            | 028-84851234
            +86 28 8485 1234        | 028-84851234
            +86-28-84851234         | 028-84851234
            0086 028 84851234       | 028-84851234
            010-62345678            | 010-62345678
            01062345678             | 010-62345678
            0816-2345678            | 0816-2345678
            08162345678             | 0816-2345678
            0816-23456789           | 0816-23456789
            028-84851234-123        | 028-84851234-123
            028-84851234转123       | 028-84851234-123
            028-84851234 转 123     | 028-84851234-123
            02884851234转8          | 028-84851234-8
            (028)84851234-123456    | 028-84851234-123456
            0816-2345678-1          | 0816-2345678-1
            0816-2345678-12         | 0816-2345678-12
            0086-28-84851234-123    | 028-84851234-123
            """)
    void landlineIsNormalisedWithAreaCodeAndHyphen(String raw, String expected) {
        Checked result = PhoneNumbers.normalize(raw);
        assertThat(result.error()).isNull();
        assertThat(result.value()).isEqualTo(expected);
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @ValueSource(strings = {"12345678901", "11012345678", "1381234567", "138123456789", "23812345678",
        "84851234", "8485-1234", "028-1234567", "028-0234567", "028-848512", "028-848512345", "011-62345678",
        "028-84851234-1234567", "13812345678转123", "138-1234-5678-12", "abc", "无", "13812345678（本人）",
        "手机13812345678", "138****5678", "028 8485 1234 5678 9", "+1 415 555 0100", "+86+13812345678", "/", "转123"})
    void invalidNumbersAreRejected(String raw) {
        Checked result = PhoneNumbers.normalize(raw);
        assertThat(result.error()).isEqualTo(INVALID);
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @ValueSource(strings = {"13812345678/13987654321", "13812345678,13987654321", "13812345678，13987654321",
        "13812345678；13987654321", "13812345678;13987654321", "13812345678、13987654321", "13812345678／13987654321",
        "13812345678 / 028-84851234", "13812345678 13987654321", "13812345678　13987654321",
        "028-84851234 13812345678", "13812345678或13987654321", "13812345678/abc"})
    void severalNumbersInOneCellAreRejected(String raw) {
        Checked result = PhoneNumbers.normalize(raw);
        assertThat(result.error()).isEqualTo(SEVERAL);
        assertThat(result.error()).doesNotContain("13812345678");
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"  ", "\u3000"})
    void emptyIsReported(String raw) {
        assertThat(PhoneNumbers.normalize(raw).error()).isEqualTo("联系电话为空。");
    }
}

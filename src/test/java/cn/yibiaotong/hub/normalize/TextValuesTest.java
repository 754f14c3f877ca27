package cn.yibiaotong.hub.normalize;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class TextValuesTest {

    static Stream<Arguments> dirtyText() {
        return Stream.of(
                Arguments.of("ＡＢＣ１２３", "ABC123", "full-width letters and digits"),
                Arguments.of("０１２", "012", "full-width digits"),
                Arguments.of("  张三  ", "张三", "leading and trailing spaces"),
                Arguments.of("\u3000张三\u3000", "张三", "ideographic space at both ends"),
                Arguments.of("张\u3000\u3000三", "张 三", "run of ideographic spaces"),
                Arguments.of("张\u00A0三", "张 三", "no-break space"),
                Arguments.of("张\t\t三", "张 三", "tabs"),
                Arguments.of("张\r\n三", "张 三", "Windows newline inside a cell"),
                Arguments.of("龙泉驿区 \t\n\u3000 龙泉街道", "龙泉驿区 龙泉街道", "mixed whitespace run"),
                Arguments.of("张\u200B三\uFEFF", "张三", "zero-width space and BOM"),
                Arguments.of("张\u2028三\u2029", "张 三", "line and paragraph separators, untouched by NFKC"),
                Arguments.of("张\u0085三", "张 三", "next-line control from legacy encodings"),
                Arguments.of("（０２８）", "(028)", "full-width parentheses"),
                Arguments.of("①号楼", "1号楼", "NFKC folds circled digits"));
    }

    @ParameterizedTest(name = "[{index}] {2}")
    @MethodSource("dirtyText")
    void normalizeCleansDirtyText(String raw, String expected, String why) {
        assertThat(TextValues.normalize(raw)).as(why).isEqualTo(expected);
    }

    @Test
    void normalizeTurnsNullAndBlankIntoEmpty() {
        assertThat(TextValues.normalize(null)).isEmpty();
        assertThat(TextValues.normalize("")).isEmpty();
        assertThat(TextValues.normalize(" \t\u3000\u00A0\n")).isEmpty();
    }

    @Test
    void normalizeLeavesChineseAndAsciiAlone() {
        assertThat(TextValues.normalize("成都市龙泉驿区 A-1")).isEqualTo("成都市龙泉驿区 A-1");
    }

    @Test
    void halfwidthConvertsFullWidthAsciiAndIdeographicSpace() {
        assertThat(TextValues.halfwidth("ＡＢＣ　ｘｙｚ　０１２")).isEqualTo("ABC xyz 012");
        assertThat(TextValues.halfwidth("！＂＃＄％＆＇（）＊＋，－．／：；＜＝＞？＠［＼］＾＿｀｛｜｝～"))
                .isEqualTo("!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~");
    }

    @Test
    void halfwidthChangesNothingElse() {
        assertThat(TextValues.halfwidth("  张三  ")).isEqualTo("  张三  ");
        assertThat(TextValues.halfwidth("a\t\u00A0b")).isEqualTo("a\t\u00A0b");
        assertThat(TextValues.halfwidth("①㎡、。")).isEqualTo("①㎡、。");
        assertThat(TextValues.halfwidth("\uFF5F\uFFE5")).isEqualTo("\uFF5F\uFFE5");
        assertThat(TextValues.halfwidth(null)).isEmpty();
    }
}

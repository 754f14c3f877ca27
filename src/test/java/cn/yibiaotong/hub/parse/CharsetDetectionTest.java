package cn.yibiaotong.hub.parse;

import static cn.yibiaotong.hub.parse.ParseFixtures.GBK;
import static cn.yibiaotong.hub.parse.ParseFixtures.UTF8_BOM;
import static cn.yibiaotong.hub.parse.ParseFixtures.assertRefused;
import static cn.yibiaotong.hub.parse.ParseFixtures.readAll;
import static cn.yibiaotong.hub.parse.ParseFixtures.spec;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Rule 2: the charset of a CSV file, and refusing text that would turn into mojibake. */
class CharsetDetectionTest {

    private static final String ROSTER = "姓名,身份证号,住址\n张三,510112200001010014,龙泉驿区龙泉街道\n";

    @TempDir
    Path dir;

    @Test
    void excelGbkUtf8WithBomAndPlainUtf8AreAllRead() {
        Path gbk = ParseFixtures.text(dir, "gbk.csv", ROSTER, GBK);
        Path bom = ParseFixtures.write(dir, "bom.csv", UTF8_BOM, ROSTER.getBytes(StandardCharsets.UTF_8));
        Path plain = ParseFixtures.text(dir, "plain.csv", ROSTER, StandardCharsets.UTF_8);

        assertRead(gbk, FormatSpec.defaults(), "CSV（GBK）");
        assertRead(gbk, spec("auto", "GBK"), "CSV（GBK）");
        assertRead(bom, FormatSpec.defaults(), "CSV（UTF-8）");
        assertRead(bom, spec("auto", "UTF-8"), "CSV（UTF-8）");
        assertRead(plain, FormatSpec.defaults(), "CSV（UTF-8）");
    }

    private static void assertRead(Path file, FormatSpec spec, String description) {
        try (RowSource rows = RowSources.open(file, "x.csv", spec)) {
            assertThat(rows.describe()).isEqualTo(description);
            assertThat(rows.next().cells()).containsExactly("姓名", "身份证号", "住址"); // no BOM glued to 姓名
            assertThat(rows.next().cells()).containsExactly("张三", "510112200001010014", "龙泉驿区龙泉街道");
            assertThat(rows.hasNext()).isFalse();
        }
    }

    @Test
    void characterCutAtTheEndOfTheSampleIsNotAnError() {
        // 65,535 ASCII bytes put the three bytes of 街 across the 64 KB sample boundary.
        String prefix = "a".repeat(CharsetSniffer.SAMPLE_SIZE - 1);
        Path file = ParseFixtures.text(dir, "edge.csv", prefix + "街道\n", StandardCharsets.UTF_8);

        try (RowSource rows = RowSources.open(file, "edge.csv", FormatSpec.defaults())) {
            assertThat(rows.describe()).isEqualTo("CSV（UTF-8）");
            assertThat(rows.next().cells()).containsExactly(prefix + "街道");
        }
    }

    @Test
    void utf16IsRefused() {
        Path file = ParseFixtures.write(dir, "unicode.csv", new byte[] {(byte) 0xFF, (byte) 0xFE},
                ROSTER.getBytes(StandardCharsets.UTF_16LE));
        assertRefused(file, FormatSpec.defaults(), "utf16",
                "文件“unicode.csv”是 UTF-16（Unicode 文本）编码。请另存为“CSV UTF-8（逗号分隔）”后再上传。");
    }

    @Test
    void declaredCharsetThatContradictsTheBytesIsRefused() {
        Path gbk = ParseFixtures.text(dir, "gbk.csv", ROSTER, GBK);
        Path utf8 = ParseFixtures.text(dir, "utf8.csv", ROSTER, StandardCharsets.UTF_8);
        Path bom = ParseFixtures.write(dir, "bom.csv", UTF8_BOM, "a,b\n".getBytes(StandardCharsets.UTF_8));

        assertRefused(gbk, spec("csv", "UTF-8"), "wrong-encoding",
                "文件“gbk.csv”不是 UTF-8 编码，看起来是 GBK（Excel 另存为 CSV 时的默认编码），按 UTF-8 读取会变成乱码。"
                        + "请在 Excel 中另存为“CSV UTF-8（逗号分隔）”，或请管理员把连接器的 charset 设为 GBK。");
        String reverse = "文件“%s”是 UTF-8 编码，但连接器声明为 GBK，按 GBK 读取会变成乱码。"
                + "请另存为 GBK 编码的 CSV，或请管理员把连接器的 charset 设为 UTF-8 或 auto。";
        assertRefused(utf8, spec("csv", "GBK"), "wrong-encoding", reverse.formatted("utf8.csv"));
        assertRefused(bom, spec("csv", "GBK"), "wrong-encoding", reverse.formatted("bom.csv"));
        assertThat(readAll(ParseFixtures.text(dir, "ascii.csv", "a,b\n", StandardCharsets.US_ASCII), spec("csv", "GBK")))
                .as("pure ASCII is valid GBK too").hasSize(1);
    }

    @Test
    void bytesThatAreNeitherUtf8NorGbkAreRefused() {
        Path file = ParseFixtures.write(dir, "latin.csv", "名".getBytes(StandardCharsets.UTF_8),
                new byte[] {',', (byte) 0xFF, (byte) 0x80, '\n'});
        assertRefused(file, FormatSpec.defaults(), "unknown-encoding",
                "无法识别文件“latin.csv”的字符编码（既不是 UTF-8 也不是 GBK）。请在 Excel 中另存为“CSV UTF-8（逗号分隔）”后再上传。");
    }

    @Test
    void malformedBytesLaterInTheFileNameTheRow() {
        StringBuilder head = new StringBuilder();
        for (int row = 1; row < 5012; row++) {
            String address = row == 7 ? "\"龙泉街道\n幸福路 1 号\"" : "龙泉驿区龙泉街道幸福路 1 号";
            head.append(row).append(",张三,").append(address).append('\n');
        }
        // Row 5,012, beyond the 64 KB sample, was pasted in from a GBK file; row 7 spans two lines.
        Path file = ParseFixtures.write(dir, "mixed.csv", head.toString().getBytes(StandardCharsets.UTF_8),
                "5012,王五,龙泉\n".getBytes(GBK), "5013,赵六,龙泉\n".getBytes(StandardCharsets.UTF_8));

        List<RawRow> delivered = new ArrayList<>();
        try (RowSource rows = RowSources.open(file, "mixed.csv", FormatSpec.defaults())) {
            assertThat(rows.describe()).isEqualTo("CSV（UTF-8）");
            FileRejectedException refused = catchThrowableOfType(
                    FileRejectedException.class, () -> rows.forEachRemaining(delivered::add));
            assertThat(refused.code()).isEqualTo("decode-error");
            assertThat(refused.getMessage()).isEqualTo(
                    "文件“mixed.csv”第 5012 行附近有无法按 UTF-8 解码的字节，文件可能损坏或混用了多种编码。请重新导出后再上传。");
        }
        assertThat(delivered).hasSize(5011);
        assertThat(delivered.get(6).cells()).containsExactly("7", "张三", "龙泉街道\n幸福路 1 号");
        assertThat(delivered.get(5010).rowNumber()).isEqualTo(5011);
    }

    @Test
    void declaredGbkFileWithBrokenBytesNamesTheRowInGbk() {
        Path file = ParseFixtures.write(dir, "broken.csv", "姓名\n张三\n".getBytes(GBK), new byte[] {'x', (byte) 0xFF, '\n'});
        assertRefused(file, spec("csv", "GBK"), "decode-error",
                "文件“broken.csv”第 3 行附近有无法按 GBK 解码的字节，文件可能损坏或混用了多种编码。请重新导出后再上传。");
    }

    @Test
    void replacementCharactersAreRefusedAsMojibake() {
        Path file = ParseFixtures.text(dir, "saved-again.csv", "姓名,住址\n张三,龙泉\uFFFD\uFFFD街道\n", StandardCharsets.UTF_8);
        assertRefused(file, FormatSpec.defaults(), "mojibake",
                "文件“saved-again.csv”中含有乱码字符（�），通常是 GBK 文件被当作 UTF-8 打开后又保存造成的，原文已无法恢复。"
                        + "请从原始系统或原始表格重新导出。");
    }
}

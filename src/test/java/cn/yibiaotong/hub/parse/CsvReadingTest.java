package cn.yibiaotong.hub.parse;

import static cn.yibiaotong.hub.parse.ParseFixtures.assertRefused;
import static cn.yibiaotong.hub.parse.ParseFixtures.readAll;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Rule 3: CSV cells as written, every record returned, numbered as the spreadsheet numbers rows. */
class CsvReadingTest {

    private static final String BAD_CSV =
            "文件“%s”第 %d 行附近的 CSV 格式有误（引号不配对，或引号后紧跟了其他字符）。请在 Excel 中打开确认后重新另存为 CSV 再上传。";

    @TempDir
    Path dir;

    @Test
    void quotesLineBreaksEmptyCellsAndRaggedRowsAreKeptAsWritten() {
        String csv = "龙泉街道人员花名册\r\n"
                + "姓名,身份证号,住址,备注\r\n"
                + "\"张,三\", 510112200001010014 ,\"幸福路\r\n1 号\",\"他说\"\"你好\"\"\"\r\n"
                + "李四,,,\r\n"
                + "\r\n"
                + "王五,\"\"\r\n";
        List<RawRow> rows = readAll(ParseFixtures.text(dir, "名册.csv", csv, StandardCharsets.UTF_8), FormatSpec.defaults());

        assertThat(rows).extracting(RawRow::rowNumber).containsExactly(1L, 2L, 3L, 4L, 5L, 6L);
        assertThat(rows.get(0).cells()).containsExactly("龙泉街道人员花名册");
        assertThat(rows.get(2).cells()).containsExactly("张,三", " 510112200001010014 ", "幸福路\r\n1 号", "他说\"你好\"");
        assertThat(rows.get(3).cells()).containsExactly("李四", "", "", "");
        assertThat(rows.get(4).isBlank()).as("an empty line is still a row, so later numbers match Excel").isTrue();
        assertThat(rows.get(5).cells()).containsExactly("王五", "");
    }

    @Test
    void delimiterComesFromTheSpec() {
        Path file = ParseFixtures.text(dir, "tab.csv", "姓名\t电话\n张三\t13812345678\n", StandardCharsets.UTF_8);
        Path semicolon = ParseFixtures.text(dir, "semi.csv", "姓名;住址\n张三;\"a;b\"\n", StandardCharsets.UTF_8);

        assertThat(readAll(file, new FormatSpec("csv", "auto", "auto", "\t", null)).get(1).cells())
                .containsExactly("张三", "13812345678");
        assertThat(readAll(semicolon, new FormatSpec("csv", "auto", "auto", ";", null)).get(1).cells())
                .containsExactly("张三", "a;b");
    }

    @Test
    void lastLineWithoutLineBreakIsRead() {
        Path file = ParseFixtures.text(dir, "noeol.csv", "a,b\nc,d", StandardCharsets.UTF_8);
        assertThat(readAll(file, FormatSpec.defaults())).extracting(RawRow::cells)
                .containsExactly(List.of("a", "b"), List.of("c", "d"));
    }

    @Test
    void unpairedQuoteIsRefusedWithTheRow() {
        Path stray = ParseFixtures.text(dir, "stray.csv", "a,b\n\"张三\"x,1\n", StandardCharsets.UTF_8);
        Path unclosed = ParseFixtures.text(dir, "unclosed.csv", "a,b\nc,d\n\"张三,1\n李四,2\n", StandardCharsets.UTF_8);

        assertRefused(stray, FormatSpec.defaults(), "bad-csv", BAD_CSV.formatted("stray.csv", 2));
        assertRefused(unclosed, FormatSpec.defaults(), "bad-csv", BAD_CSV.formatted("unclosed.csv", 3));
    }

    @Test
    void unclosedQuoteCannotPullTheRestOfALargeFileIntoOneCell() {
        // The quote opened on row 2 only closes 1.2 M characters later: a valid, absurd, memory-eating cell.
        String filler = "李四,龙泉驿区龙泉街道幸福路 1 号\n".repeat(60_000);
        Path file = ParseFixtures.text(dir, "runaway.csv", "a,b\n\"张三,1\n" + filler + "尾\",1\n", StandardCharsets.UTF_8);

        assertRefused(file, FormatSpec.defaults(), "bad-csv", BAD_CSV.formatted("runaway.csv", 2));
    }
}

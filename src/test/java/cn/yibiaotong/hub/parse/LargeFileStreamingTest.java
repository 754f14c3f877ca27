package cn.yibiaotong.hub.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Large uploads go through row by row; the counts and the last row prove nothing was dropped or merged. */
class LargeFileStreamingTest {

    private static final int CSV_ROWS = 200_000;
    private static final int XLSX_ROWS = 50_000;

    @TempDir
    Path dir;

    @Test
    void twoHundredThousandCsvRowsInGbk() throws IOException {
        Path file = dir.resolve("big.csv");
        try (BufferedWriter out = Files.newBufferedWriter(file, ParseFixtures.GBK)) {
            out.write("姓名,身份证号,住址,电话\r\n");
            for (int i = 1; i < CSV_ROWS; i++) {
                out.write("居民" + i + "," + (510112200001010000L + i % 10_000) + ",\"龙泉街道, " + i + " 号\"," + (13800000000L + i)
                        + "\r\n");
            }
        }

        long count = 0;
        RawRow last = null;
        try (RowSource rows = RowSources.open(file, "big.csv", FormatSpec.defaults())) {
            assertThat(rows.describe()).isEqualTo("CSV（GBK）");
            while (rows.hasNext()) {
                last = rows.next();
                count++;
            }
        }
        assertThat(count).isEqualTo(CSV_ROWS);
        assertThat(last.rowNumber()).isEqualTo(CSV_ROWS);
        assertThat(last.cells()).containsExactly("居民199999", "510112200001019999", "龙泉街道, 199999 号", "13800199999");
    }

    @Test
    void fiftyThousandXlsxRows() {
        Path file = ParseFixtures.largeXlsx(dir, "big.xlsx", XLSX_ROWS);

        long count = 0;
        RawRow last = null;
        try (RowSource rows = RowSources.open(file, "big.xlsx", FormatSpec.defaults())) {
            assertThat(rows.describe()).isEqualTo("XLSX（工作表：花名册）");
            while (rows.hasNext()) {
                last = rows.next();
                count++;
            }
        }
        assertThat(count).isEqualTo(XLSX_ROWS);
        assertThat(last.rowNumber()).isEqualTo(XLSX_ROWS);
        assertThat(last.cells()).containsExactly("居民50000", "13800050000", "", "50000");
    }
}

package cn.yibiaotong.bench;

import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * Writes generated rosters, streaming (a million rows never sit in memory), and reuses a file already written with
 * the same parameters: the name carries rows, seed and change rate, and the content follows from them.
 */
final class RosterFiles {

    static final long SEED = 20261123L;

    private final Path dir;
    private final Communities communities;

    RosterFiles(Path dir) throws IOException {
        this.dir = Files.createDirectories(dir);
        this.communities = Communities.load(Path.of("config/divisions/longquanyi.csv"), Path.of("config/grids.csv"));
    }

    /** @param changedEvery 0 for the original file, 100 for the copy with 1 % of rows changed */
    Path csv(long rows, int changedEvery) throws IOException {
        Path file = dir.resolve("residents-" + rows + "-seed" + SEED + (changedEvery > 0 ? "-changed" + changedEvery : "") + ".csv");
        if (Files.exists(file)) {
            return file;
        }
        Path part = dir.resolve(file.getFileName() + ".part");
        RosterGenerator gen = new RosterGenerator(communities, SEED, changedEvery);
        try (Writer w = Files.newBufferedWriter(part, StandardCharsets.UTF_8);
             CSVPrinter out = new CSVPrinter(w, CSVFormat.DEFAULT.builder().setRecordSeparator("\r\n").get())) {
            out.printRecord(RosterGenerator.HEADER);
            for (long i = 0; i < rows; i++) {
                out.printRecord(gen.row(i));
            }
        }
        return Files.move(part, file);
    }

    /** The street roster as offices send it: a title row above the header, every cell text. */
    Path xlsx(long rows) throws IOException {
        Path file = dir.resolve("street-roster-" + rows + "-seed" + SEED + ".xlsx");
        if (Files.exists(file)) {
            return file;
        }
        Path part = dir.resolve(file.getFileName() + ".part");
        RosterGenerator gen = new RosterGenerator(communities, SEED + 1, 0);
        try (SXSSFWorkbook wb = new SXSSFWorkbook(200); OutputStream out = Files.newOutputStream(part)) {
            Sheet sheet = wb.createSheet("花名册");
            sheet.createRow(0).createCell(0).setCellValue("龙泉驿区一表通花名册（基准测试，" + rows + " 行）");
            sheet.addMergedRegion(new CellRangeAddress(0, 0, 0, RosterGenerator.HEADER.size() - 1));
            write(sheet.createRow(1), RosterGenerator.HEADER);
            for (long i = 0; i < rows; i++) {
                write(sheet.createRow((int) i + 2), gen.row(i));
            }
            wb.write(out);
            wb.dispose();
        }
        return Files.move(part, file);
    }

    static long badRows(long rows) {
        long n = 0;
        for (long i = 0; i < rows; i++) {
            n += RosterGenerator.isBad(i) ? 1 : 0;
        }
        return n;
    }

    static long changedRows(long rows, int changedEvery) {
        RosterGenerator probe = new RosterGenerator(null, 0, changedEvery);
        long n = 0;
        for (long i = 0; i < rows; i++) {
            n += probe.isChanged(i) ? 1 : 0;
        }
        return n;
    }

    private static void write(Row row, List<String> cells) {
        for (int c = 0; c < cells.size(); c++) {
            if (!cells.get(c).isEmpty()) {
                row.createCell(c).setCellValue(cells.get(c));
            }
        }
    }
}

package cn.yibiaotong.hub.samples;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Generates realistic, reproducible street rosters for Longquanyi's real communities: valid citizen IDs
 * (synthetic, with correct MOD 11-2 check characters), Chinese names, the ways staff type dates and codes,
 * and a few deliberately bad rows that the demo report shows. Same seed, same file.
 * Rerun with: {@code ./mvnw -q test-compile exec:java -Dexec.classpathScope=test
 * -Dexec.mainClass=cn.yibiaotong.hub.samples.RosterSampleGenerator}
 */
public final class RosterSampleGenerator {

    private static final String[] SURNAMES = {"王", "李", "张", "刘", "陈", "杨", "黄", "赵", "周", "吴", "徐", "孙", "马",
            "胡", "朱", "郭", "何", "罗", "高", "林", "谢", "邓", "曾", "彭", "蒋"};
    private static final String[] GIVEN = {"伟", "芳", "娜", "秀英", "敏", "静", "丽", "强", "磊", "洋", "艳", "勇", "军",
            "杰", "娟", "涛", "明", "超", "秀兰", "霞", "平", "刚", "桂英", "建华", "志强", "晓燕", "德明", "玉兰", "子涵", "浩然"};
    private static final String[] ETHNICITIES = {"汉族", "汉族", "汉族", "汉族", "汉族", "汉族", "汉", "回族", "藏族", "彝族", "01"};
    private static final String[] STREETS = {"驿都大道", "龙泉街", "长柏路", "北泉路", "建设路", "大面街", "成龙大道"};

    /** A community as staff type it, its code, and the grid names configured for it. */
    public record Community(String typed, String code, List<String> grids) {
    }

    public static final List<Community> LONGQUAN = List.of(
            new Community("滨河花园社区", "510112001001", List.of("滨河花园第一网格", "滨河花园第二网格", "滨河花园第三网格")),
            new Community("长柏路社区", "510112001002", List.of("长柏路第一网格", "长柏路第二网格")),
            new Community("广场社区", "510112001003", List.of()),
            new Community("驿都路社区居委会", "510112001005", List.of()));
    public static final List<Community> DAMIAN = List.of(
            new Community("民乐社区", "510112002002", List.of("民乐第一网格", "民乐第二网格")),
            new Community("510112002003", "510112002003", List.of()));

    private final Random random;

    public RosterSampleGenerator(long seed) {
        this.random = new Random(seed);
    }

    public static void main(String[] args) throws IOException {
        Path dir = Path.of(args.length > 0 ? args[0] : "samples/street-roster");
        Files.createDirectories(dir);
        RosterSampleGenerator longquan = new RosterSampleGenerator(20261101L);
        List<RosterRow> rows = longquan.rows(150, LONGQUAN, 1);
        rows.set(40, longquan.withCell(rows.get(40), 2, "5.10112E+17"));
        rows.set(97, longquan.withCell(rows.get(97), 4, "汉人"));
        RosterXlsx.write(dir.resolve("longquan-street-2026-11.xlsx"), "龙泉街道一表通花名册（2026年11月）", rows);
        RosterSampleGenerator damian = new RosterSampleGenerator(20261102L);
        List<RosterRow> damianRows = damian.rows(80, DAMIAN, 1);
        damianRows.set(12, damian.withCell(damianRows.get(12), 10, "不存在社区"));
        writeCsv(dir.resolve("damian-street-2026-11-gbk.csv"), damianRows, Charset.forName("GBK"), false);
    }

    public List<RosterRow> rows(int count, List<Community> communities, int firstNumber) {
        List<RosterRow> rows = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            rows.add(row(firstNumber + i, communities.get(random.nextInt(communities.size()))));
        }
        return rows;
    }

    public RosterRow withCell(RosterRow row, int index, String value) {
        List<String> cells = new ArrayList<>(row.cells());
        cells.set(index, value);
        return new RosterRow(List.copyOf(cells));
    }

    private RosterRow row(int number, Community community) {
        LocalDate birth = LocalDate.of(1935, 1, 1).plusDays(random.nextInt(365 * 85));
        boolean male = random.nextBoolean();
        String id = SyntheticIds.of("510112", birth, male, random.nextInt(499));
        String name = SURNAMES[random.nextInt(SURNAMES.length)] + GIVEN[random.nextInt(GIVEN.length)];
        String grid = community.grids().isEmpty() ? "" : community.grids().get(random.nextInt(community.grids().size()));
        String address = "四川省成都市龙泉驿区" + STREETS[random.nextInt(STREETS.length)] + (1 + random.nextInt(300)) + "号";
        boolean floating = random.nextInt(5) == 0;
        return new RosterRow(List.of(
                String.valueOf(number), name, id, male ? "男" : "女", ETHNICITIES[random.nextInt(ETHNICITIES.length)],
                dateAsTyped(birth), "1" + (35 + random.nextInt(5)) + String.format("%08d", random.nextInt(100_000_000)),
                address, floating ? "四川省成都市龙泉驿区" + STREETS[random.nextInt(STREETS.length)] + "小区" : address,
                floating ? "流动" : "户籍", community.typed(), grid, String.format("LQ%06d", 1 + random.nextInt(40_000)),
                random.nextInt(3) == 0 ? "户主" : (male ? "子" : "配偶"),
                random.nextInt(25) == 0 ? "城市低保" : "",
                random.nextInt(30) == 0 ? "肢体残疾" : "", "",
                random.nextInt(20) == 0 ? "是" : "否",
                random.nextInt(15) == 0 ? "独居老人，每月走访" : ""));
    }

    private String dateAsTyped(LocalDate d) {
        return switch (random.nextInt(4)) {
            case 0 -> d.toString();
            case 1 -> d.getYear() + "/" + d.getMonthValue() + "/" + d.getDayOfMonth();
            case 2 -> d.getYear() + "年" + d.getMonthValue() + "月" + d.getDayOfMonth() + "日";
            default -> d.toString().replace("-", "");
        };
    }

    public static void writeCsv(Path file, List<RosterRow> rows, Charset charset, boolean bom) throws IOException {
        StringBuilder sb = new StringBuilder(bom ? "\uFEFF" : "");
        sb.append(String.join(",", RosterRow.HEADER)).append("\r\n");
        for (RosterRow r : rows) {
            sb.append(String.join(",", r.cells().stream().map(RosterSampleGenerator::csvCell).toList())).append("\r\n");
        }
        Files.write(file, sb.toString().getBytes(charset));
    }

    private static String csvCell(String s) {
        return s.contains(",") || s.contains("\"") ? "\"" + s.replace("\"", "\"\"") + "\"" : s;
    }
}

package cn.yibiaotong.hub.identity;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * Writes N synthetic residents as the five departments' systems would list them (samples/DEPARTMENTS.md field
 * names and codes, one CSV each), with slips at the rates of {@link ErrorRates}, the true identity of every row in
 * the column 真实身份, and {@code mapping.yaml} for {@link MatchEvaluation}. Same arguments, same files.
 * Usage: {@code GroundTruthGenerator N outputDir [seed] [rate=value ...]}
 */
public final class GroundTruthGenerator {

    static final String TRUTH = "真实身份";
    private static final DateTimeFormatter BASIC = DateTimeFormatter.BASIC_ISO_DATE;
    private static final DateTimeFormatter SLASHED = DateTimeFormatter.ofPattern("yyyy/M/d");
    private static final DateTimeFormatter CHINESE = DateTimeFormatter.ofPattern("yyyy年M月d日");

    private final Random random;
    private final Slips slips;
    private final ErrorRates rates;

    GroundTruthGenerator(long seed, ErrorRates rates) {
        this.random = new Random(seed);
        this.rates = rates;
        this.slips = new Slips(random, rates);
    }

    public static void main(String[] args) throws IOException {
        int n = Integer.parseInt(args[0]);
        Path out = Path.of(args[1]);
        long seed = args.length > 2 ? Long.parseLong(args[2]) : 20261123L;
        ErrorRates rates = ErrorRates.parse(args.length > 3 ? Arrays.copyOfRange(args, 3, args.length) : new String[0]);
        int rows = new GroundTruthGenerator(seed, rates).write(n, out, Path.of("config/divisions/longquanyi.csv"));
        System.out.printf("%d residents, %d department records in %s; rates %s%n", n, rows, out, rates.rates);
    }

    int write(int n, Path out, Path divisions) throws IOException {
        List<TruePerson> people = new TruePopulation(random, divisions, rates).build(n);
        Files.createDirectories(out);
        List<List<String>> hukou = new ArrayList<>();
        List<List<String>> assistance = new ArrayList<>();
        List<List<String>> health = new ArrayList<>();
        List<List<String>> employment = new ArrayList<>();
        List<List<String>> disabled = new ArrayList<>();
        for (TruePerson p : people) {
            int age = 2026 - p.birth().getYear();
            int before = hukou.size() + assistance.size() + health.size() + employment.size() + disabled.size();
            if (!p.floating() && random.nextInt(100) < 90) {
                hukou.add(List.of(String.format("R%010d", hukou.size() + 1), slips.id(p), slips.name(p),
                        slips.male(p) ? "1" : "2", "01", slips.birth(p).format(BASIC), slips.address(p.registeredAddress()),
                        p.household(), p.relationship(), p.communityCode(), p.truth()));
            }
            if (age >= 18 && random.nextInt(100) < 8) {
                assistance.add(List.of(String.valueOf(assistance.size() + 1), slips.name(p), slips.id(p),
                        slips.male(p) ? "1" : "0", "城低", p.communityName(), slips.residence(p), p.truth()));
            }
            if (random.nextInt(100) < (age >= 60 ? 70 : 10)) {
                LocalDate b = slips.birth(p);
                health.add(List.of(slips.id(p), slips.name(p), slips.male(p) ? "M" : "F",
                        random.nextInt(4) == 0 ? b.format(SLASHED) : b.toString(), slips.phone(p), slips.residence(p),
                        p.truth()));
            }
            if (age >= 18 && age <= 85 && random.nextInt(100) < 55) {
                LocalDate b = slips.birth(p);
                employment.add(List.of(slips.id(p), slips.name(p), slips.male(p) ? "1" : "2",
                        random.nextInt(5) == 0 ? b.format(CHINESE) : b.toString(), slips.phone(p), p.truth()));
            }
            if (random.nextInt(100) < 6) {
                String id = slips.id(p);
                disabled.add(List.of(String.valueOf(disabled.size() + 1), slips.name(p), id, slips.male(p) ? "男" : "女",
                        id.isEmpty() ? "" : id + "42", slips.phone(p), slips.residence(p), p.communityName(), p.truth()));
            }
            int after = hukou.size() + assistance.size() + health.size() + employment.size() + disabled.size();
            if (after == before) {
                // everyone is known somewhere: the health centre registers every resident it sees
                LocalDate b = slips.birth(p);
                health.add(List.of(slips.id(p), slips.name(p), slips.male(p) ? "M" : "F", b.toString(), slips.phone(p),
                        slips.residence(p), p.truth()));
            }
        }
        csv(out.resolve("public-security.csv"), StandardCharsets.UTF_8, List.of("RYBH", "GMSFHM", "XM", "XB", "MZ",
                "CSRQ", "HJDZ", "HH", "YHZGX", "SQDM", TRUTH), hukou);
        csv(out.resolve("civil-affairs-gbk.csv"), Charset.forName("GBK"), List.of("序号", "姓名", "身份证号", "性别",
                "救助类别", "所属社区", "家庭住址", TRUTH), assistance);
        csv(out.resolve("health.csv"), StandardCharsets.UTF_8, List.of("sfzh", "xm", "xb", "csrq", "lxdh", "jzdz",
                TRUTH), health);
        csv(out.resolve("human-resources.csv"), StandardCharsets.UTF_8, List.of("AAC002", "AAC003", "AAC004",
                "AAC006", "AAE005", TRUTH), employment);
        csv(out.resolve("disabled-persons.csv"), StandardCharsets.UTF_8, List.of("序号", "姓名", "公民身份号码", "性别",
                "证号", "联系电话", "居住地址", "所属社区", TRUTH), disabled);
        Files.copy(Path.of("bench/identity/generated-mapping.yaml"), out.resolve("mapping.yaml"),
                java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        return hukou.size() + assistance.size() + health.size() + employment.size() + disabled.size();
    }

    private static void csv(Path file, Charset charset, List<String> header, List<List<String>> rows)
            throws IOException {
        try (Writer w = Files.newBufferedWriter(file, charset);
             CSVPrinter printer = CSVFormat.DEFAULT.builder().setHeader(header.toArray(String[]::new)).get().print(w)) {
            for (List<String> row : rows) {
                printer.printRecord(row);
            }
        }
    }
}

package cn.yibiaotong.hub.samples;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

/**
 * Writes the five departments' sample files from one population, so that who is known to which department,
 * and where the departments disagree, is known: {@code samples/overlap.csv} lists it person by person.
 * Each file also carries one record its department's checks must reject. Same seed, same files.
 * Rerun from the project root with: {@code ./mvnw -q test-compile exec:java -Dexec.classpathScope=test
 * -Dexec.mainClass=cn.yibiaotong.hub.samples.DepartmentSampleGenerator}
 */
public final class DepartmentSampleGenerator {

    static final LocalDate AS_OF = LocalDate.of(2026, 11, 20);
    private static final DateTimeFormatter TIMESTAMP = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");
    private static final DateTimeFormatter BASIC = DateTimeFormatter.BASIC_ISO_DATE;
    private static final DateTimeFormatter ISO_SECONDS = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss");
    private static final Map<Character, Character> HOMOPHONES = Map.ofEntries(Map.entry('伟', '玮'),
            Map.entry('芳', '方'), Map.entry('娜', '纳'), Map.entry('敏', '民'), Map.entry('静', '婧'), Map.entry('丽', '莉'),
            Map.entry('磊', '垒'), Map.entry('洋', '阳'), Map.entry('艳', '燕'), Map.entry('勇', '永'), Map.entry('军', '君'),
            Map.entry('杰', '洁'), Map.entry('娟', '鹃'), Map.entry('涛', '滔'), Map.entry('明', '鸣'), Map.entry('霞', '侠'),
            Map.entry('平', '萍'), Map.entry('刚', '钢'), Map.entry('强', '蔷'), Map.entry('超', '潮'));
    private static final String[] DISABILITY = {"视力残疾", "听力残疾", "言语残疾", "肢体残疾", "智力残疾", "精神残疾", "多重残疾"};
    private static final String[] GRADE = {"一级", "二级", "三级", "四级"};

    private final Random random = new Random(20261120L);
    private final Overlap overlap;
    private final Map<String, String> communityNames;

    private DepartmentSampleGenerator(List<SamplePerson> people, Set<String> rosterRejected,
                                      Map<String, String> communityNames) {
        this.overlap = new Overlap(people, rosterRejected);
        this.communityNames = communityNames;
    }

    public static void main(String[] args) throws IOException {
        Path samples = Path.of(args.length > 0 ? args[0] : "samples");
        Path divisions = Path.of("config/divisions/longquanyi.csv");
        List<SamplePerson> people = SamplePopulation.build(divisions, 200, 20261121L);
        DepartmentSampleGenerator g = new DepartmentSampleGenerator(people, rosterRejected(),
                SamplePopulation.divisionNames(divisions));
        g.hukou(people, samples.resolve("public-security/hj_ryxx.csv"));
        g.assistance(people, samples.resolve("civil-affairs-assistance/longquanyi-dibao-2026-11-gbk.csv"));
        g.healthChecks(people, samples.resolve("health-elderly-checks/elderly-checks-2026-11.json"));
        g.employment(people, samples.resolve("human-resources-status/persons-2026-11.xml"));
        g.certificates(people, samples.resolve("disabled-persons-certificates/longquanyi-certificates-2026-11.xlsx"));
        g.overlap.write(samples.resolve("overlap.csv"));
    }

    /** The roster rows that the roster samples spoil on purpose (see RosterSampleGenerator.main). */
    private static Set<String> rosterRejected() {
        List<RosterRow> longquan = new RosterSampleGenerator(20261101L).rows(150, RosterSampleGenerator.LONGQUAN, 1);
        List<RosterRow> damian = new RosterSampleGenerator(20261102L).rows(80, RosterSampleGenerator.DAMIAN, 1);
        return Set.of(longquan.get(40).idNumber(), longquan.get(97).idNumber(), damian.get(12).idNumber());
    }

    /** 公安: everyone with household registration here; the authority on names, addresses and deaths. */
    private void hukou(List<SamplePerson> people, Path file) throws IOException {
        List<List<String>> rows = new ArrayList<>();
        int names = 0;
        int addresses = 0;
        int deaths = 0;
        for (SamplePerson p : people) {
            if (p.floating()) {
                continue;
            }
            String name = p.name();
            if (p.inRoster() && names < 3 && random.nextInt(8) == 0 && HOMOPHONES.containsKey(last(name))) {
                // the roster was typed by ear; the register has the name as written on the ID card
                name = name.substring(0, name.length() - 1) + HOMOPHONES.get(last(name));
                overlap.plant(p, "name-differs:public-security");
                names++;
            }
            String address = p.registeredAddress();
            if (p.inRoster() && addresses < 4 && random.nextInt(10) == 0) {
                address = "四川省成都市龙泉驿区同安街道" + (1 + random.nextInt(99)) + "号";
                overlap.plant(p, "registered-address-differs:public-security");
                addresses++;
            }
            String death = "";
            LocalDateTime updated = LocalDateTime.of(2026, 10, 8, 2, 0);
            if (p.ageOn(AS_OF) > 80 && deaths < 3 && random.nextInt(5) == 0) {
                LocalDate died = AS_OF.minusDays(10 + random.nextInt(60));
                death = died.format(BASIC);
                updated = died.plusDays(2).atTime(9, random.nextInt(60));
                overlap.plant(p, "deceased:public-security");
                deaths++;
            } else if (random.nextInt(10) >= 6) {
                // 60 % share the timestamp of the nightly migration, the rest changed one by one afterwards
                updated = LocalDateTime.of(2026, 10, 9, 8, 0).plusMinutes(random.nextInt(60 * 24 * 40));
            }
            rows.add(List.of(String.format("R%010d", rows.size() + 1), p.id(), name, p.male() ? "1" : "2",
                    p.ethnicityCode(), p.birth().format(BASIC), address, p.household(), p.relationshipCode(),
                    p.communityCode(), death, updated.format(TIMESTAMP)));
            overlap.member(p, "public_security");
        }
        SamplePerson bad = overlap.someoneNotIn("public_security", random);
        rows.add(List.of(String.format("R%010d", rows.size() + 1), wrongCheckDigit(bad.id()), bad.name(),
                bad.male() ? "1" : "2", bad.ethnicityCode(), bad.birth().format(BASIC), bad.registeredAddress(),
                bad.household(), bad.relationshipCode(), bad.communityCode(), "", "2026-11-18 10:15:00"));
        overlap.rejected(bad, "public_security");
        DepartmentFiles.csv(file, StandardCharsets.UTF_8, List.of("RYBH", "GMSFHM", "XM", "XB", "MZ", "CSRQ", "HJDZ",
                "HH", "YHZGX", "SQDM", "SWRQ", "GXSJ"), rows);
    }

    /** 民政: the roster's 低保 households and others; its own codes for sex and assistance type. */
    private void assistance(List<SamplePerson> people, Path file) throws IOException {
        List<List<String>> rows = new ArrayList<>();
        int differs = 0;
        for (SamplePerson p : people) {
            boolean listed = !p.rosterAssistance().isEmpty() || (p.ageOn(AS_OF) >= 18 && random.nextInt(12) == 0);
            if (!listed) {
                continue;
            }
            String type = !p.rosterAssistance().isEmpty() ? "城低" : pick("城低", "城低", "农低", "特困", "低边");
            if (!p.rosterAssistance().isEmpty() && differs < 2) {
                type = "特困";
                overlap.plant(p, "assistance-type-differs:civil-affairs");
                differs++;
            }
            rows.add(assistanceRow(rows.size() + 1, p, type));
            overlap.member(p, "civil_affairs");
        }
        SamplePerson bad = overlap.someoneNotIn("civil_affairs", random);
        rows.add(assistanceRow(rows.size() + 1, bad, "五保"));
        overlap.rejected(bad, "civil_affairs");
        DepartmentFiles.csv(file, Charset.forName("GBK"), List.of("序号", "姓名", "身份证号", "性别", "救助类别", "保障金额",
                "保障起始年月", "所属社区", "家庭住址"), rows);
    }

    private List<String> assistanceRow(int number, SamplePerson p, String type) {
        String amount = switch (type) {
            case "城低" -> "720.00";
            case "农低" -> "560.00";
            case "特困" -> "1050.00";
            default -> "300.00";
        };
        LocalDate since = LocalDate.of(2019 + random.nextInt(7), 1 + random.nextInt(12), 1);
        return List.of(String.valueOf(number), p.name(), p.id(), p.male() ? "1" : "0", type, amount,
                since.getYear() + "." + String.format("%02d", since.getMonthValue()),
                SamplePopulation.communityName(p, communityNames), p.residenceAddress());
    }

    /** 卫健: most residents aged 65 and over, with their last check; some checks are more than a year old. */
    private void healthChecks(List<SamplePerson> people, Path file) throws IOException {
        List<Map<String, String>> records = new ArrayList<>();
        int phones = 0;
        for (SamplePerson p : people) {
            if (p.ageOn(AS_OF) < 65 || random.nextInt(5) == 0) {
                continue;
            }
            String phone = p.phone();
            if (p.inRoster() && phones < 5 && random.nextInt(6) == 0) {
                phone = "1" + (80 + random.nextInt(9)) + String.format("%08d", random.nextInt(100_000_000));
                overlap.plant(p, "phone-differs:health");
                phones++;
            }
            LocalDate checked = random.nextInt(100) < 85 ? AS_OF.minusDays(20 + random.nextInt(330))
                    : AS_OF.minusDays(430 + random.nextInt(300));
            records.add(healthRecord(p, p.birth(), phone, checked, pick("A", "A", "A", "A", "A", "A", "B", "B", "B", "C")));
            overlap.member(p, "health");
        }
        SamplePerson bad = overlap.someoneNotIn("health", random);
        records.add(healthRecord(bad, bad.birth().plusYears(1), bad.phone(), AS_OF.minusDays(40), "A"));
        overlap.rejected(bad, "health");
        Map<String, String> envelope = new LinkedHashMap<>();
        envelope.put("jgdm", "510112-WJJ");
        envelope.put("dcsj", "2026-11-20T08:00:00+08:00");
        DepartmentFiles.json(file, envelope, records);
    }

    private static Map<String, String> healthRecord(SamplePerson p, LocalDate birth, String phone, LocalDate checked,
                                                    String conclusion) {
        Map<String, String> r = new LinkedHashMap<>();
        r.put("sfzh", p.id());
        r.put("xm", p.name());
        r.put("xb", p.male() ? "M" : "F");
        r.put("csrq", birth.toString());
        r.put("lxdh", phone);
        r.put("jzdz", p.residenceAddress());
        r.put("tjrq", checked.toString());
        r.put("tjjl", conclusion);
        return r;
    }

    /** 人社: working-age residents and pensioners, with employment and pension status in its own codes. */
    private void employment(List<SamplePerson> people, Path file) throws IOException {
        List<Map<String, String>> records = new ArrayList<>();
        for (SamplePerson p : people) {
            int age = p.ageOn(AS_OF);
            if (age < 18 || age > 85 || random.nextInt(10) >= 6) {
                continue;
            }
            boolean retired = age >= (p.male() ? 60 : 55) && random.nextInt(5) > 0;
            String work = retired ? "31" : age >= 60 ? "12" : pick("11", "11", "11", "11", "11", "11", "12", "12", "21", "22");
            String pension = switch (work) {
                case "31" -> "3";
                case "11" -> "1";
                case "12" -> "2";
                case "21" -> pick("0", "9");
                default -> pick("0", "2");
            };
            records.add(employmentRecord(p, p.male() ? "1" : "2", work, pension, records.size()));
            overlap.member(p, "human_resources");
        }
        SamplePerson bad = overlap.someoneNotIn("human_resources", random);
        records.add(employmentRecord(bad, "3", "11", "1", records.size()));
        overlap.rejected(bad, "human_resources");
        DepartmentFiles.xml(file, "PersonList", "Person", records);
    }

    private Map<String, String> employmentRecord(SamplePerson p, String sex, String work, String pension, int n) {
        Map<String, String> r = new LinkedHashMap<>();
        r.put("AAC002", p.id());
        r.put("AAC003", p.name());
        r.put("AAC004", sex);
        r.put("AAC006", p.birth().toString());
        r.put("AAE005", p.phone());
        r.put("JYZT", work);
        r.put("YLZT", pension);
        // several records share a second, as a bulk update in the department's system would
        r.put("AAE036", LocalDateTime.of(2026, 10, 1, 9, 0).plusMinutes(n / 3 * 97L % (60 * 24 * 48)).format(ISO_SECONDS));
        return r;
    }

    /** 残联: certificate holders, the roster's among them; the authority on disability category and grade. */
    private void certificates(List<SamplePerson> people, Path file) throws IOException {
        List<List<String>> rows = new ArrayList<>();
        boolean differs = false;
        for (SamplePerson p : people) {
            boolean holder = !p.rosterDisability().isEmpty() || random.nextInt(18) == 0;
            if (!holder) {
                continue;
            }
            int category = !p.rosterDisability().isEmpty() ? 4 : 1 + random.nextInt(7);
            if (!p.rosterDisability().isEmpty() && !differs) {
                category = 1;
                overlap.plant(p, "disability-category-differs:disabled-persons-federation");
                differs = true;
            }
            rows.add(certificateRow(rows.size() + 1, p, category, 1 + random.nextInt(4)));
            overlap.member(p, "disabled_persons_federation");
        }
        SamplePerson bad = overlap.someoneNotIn("disabled_persons_federation", random);
        List<String> badRow = new ArrayList<>(certificateRow(rows.size() + 1, bad, 4, 2));
        badRow.set(6, "五级");
        rows.add(badRow);
        overlap.rejected(bad, "disabled_persons_federation");
        DepartmentFiles.groupedXlsx(file, "龙泉驿区持证残疾人花名册（2026年11月）",
                List.of("序号", "姓名", "公民身份号码", "性别", "残疾人证信息", "", "", "联系方式", "", "所属社区"),
                List.of("", "", "", "", "证号", "类别", "等级", "联系电话", "居住地址", ""), rows,
                "填表说明：1. 证号为第二代残疾人证号；2. 类别、等级按 GB/T 26341-2010 填写；3. 本表由区残联每月更新。");
    }

    private List<String> certificateRow(int number, SamplePerson p, int category, int grade) {
        return List.of(String.valueOf(number), p.name(), p.id(), p.male() ? "男" : "女", p.id() + category + grade,
                DISABILITY[category - 1], GRADE[grade - 1], p.phone(), p.residenceAddress(),
                SamplePopulation.communityName(p, communityNames));
    }

    private String pick(String... options) {
        return options[random.nextInt(options.length)];
    }

    private static char last(String s) {
        return s.charAt(s.length() - 1);
    }

    private static String wrongCheckDigit(String id) {
        char check = id.charAt(17);
        return id.substring(0, 17) + (check == '0' ? '1' : check == 'X' ? '0' : (char) (check == '9' ? '0' : check + 1));
    }
}

package cn.yibiaotong.hub.samples;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

/**
 * The people behind every sample file: the residents of the street roster samples (regenerated from the same
 * seeds as {@link RosterSampleGenerator}, so the roster and the departments overlap by construction), plus
 * residents of other Longquanyi communities whom only the departments know.
 */
final class SamplePopulation {

    private static final String[] SURNAMES = {"王", "李", "张", "刘", "陈", "杨", "黄", "赵", "周", "吴", "徐", "孙", "马",
            "胡", "朱", "郭", "何", "罗", "高", "林", "谢", "邓", "曾", "彭", "蒋", "唐", "冯", "宋"};
    private static final String[] GIVEN = {"德华", "淑芬", "国强", "秀珍", "建国", "玉珍", "志明", "桂兰", "文斌", "素芬",
            "永福", "凤英", "家豪", "雨萱", "俊杰", "思雨", "光荣", "翠华", "红梅", "宏伟"};
    private static final String[] ROADS = {"驿都大道", "龙泉街", "长柏路", "北泉路", "建设路", "大面街", "成龙大道", "十陵街"};
    private static final Map<String, String> ETHNICITY = Map.of("汉族", "01", "汉", "01", "01", "01", "回族", "03",
            "藏族", "04", "彝族", "07");
    private static final Map<String, String> RELATIONSHIP = Map.of("户主", "02", "配偶", "10", "子", "20");

    private SamplePopulation() {
    }

    static List<SamplePerson> build(Path divisionsCsv, int extras, long seed) throws IOException {
        List<SamplePerson> people = new ArrayList<>();
        addRoster(people, new RosterSampleGenerator(20261101L).rows(150, RosterSampleGenerator.LONGQUAN, 1),
                RosterSampleGenerator.LONGQUAN);
        addRoster(people, new RosterSampleGenerator(20261102L).rows(80, RosterSampleGenerator.DAMIAN, 1),
                RosterSampleGenerator.DAMIAN);
        Set<String> ids = new HashSet<>();
        people.removeIf(p -> !ids.add(p.id()));
        Random random = new Random(seed);
        List<String[]> communities = communities(divisionsCsv);
        while (extras > 0) {
            SamplePerson p = extra(random, communities.get(random.nextInt(communities.size())));
            if (ids.add(p.id())) {
                people.add(p);
                extras--;
            }
        }
        return people;
    }

    private static void addRoster(List<SamplePerson> people, List<RosterRow> rows,
                                  List<RosterSampleGenerator.Community> communities) {
        Map<String, RosterSampleGenerator.Community> byTyped = new HashMap<>();
        communities.forEach(c -> byTyped.put(c.typed(), c));
        for (RosterRow r : rows) {
            List<String> c = r.cells();
            String id = c.get(2);
            String code = byTyped.get(c.get(10)).code();
            people.add(new SamplePerson(id, c.get(1), "男".equals(c.get(3)), ETHNICITY.get(c.get(4)), birthOf(id),
                    c.get(6), c.get(7), c.get(8), "流动".equals(c.get(9)), code, null, c.get(12),
                    RELATIONSHIP.get(c.get(13)), true, c.get(14), c.get(15)));
        }
    }

    private static SamplePerson extra(Random random, String[] community) {
        LocalDate birth = LocalDate.of(1932, 1, 1).plusDays(random.nextInt(365 * 80));
        boolean male = random.nextBoolean();
        String id = SyntheticIds.of("510112", birth, male, 250 + random.nextInt(249));
        String address = "四川省成都市龙泉驿区" + ROADS[random.nextInt(ROADS.length)] + (1 + random.nextInt(400)) + "号";
        boolean floating = random.nextInt(8) == 0;
        return new SamplePerson(id, SURNAMES[random.nextInt(SURNAMES.length)] + GIVEN[random.nextInt(GIVEN.length)],
                male, random.nextInt(12) == 0 ? "03" : "01", birth,
                "1" + (35 + random.nextInt(5)) + String.format("%08d", random.nextInt(100_000_000)), address,
                floating ? "四川省成都市龙泉驿区" + ROADS[random.nextInt(ROADS.length)] + "安置小区" : address, floating,
                community[0], community[1], String.format("LQ%06d", 40_001 + random.nextInt(20_000)),
                random.nextInt(3) == 0 ? "02" : (male ? "20" : "10"), false, "", "");
    }

    /** Communities (村/社区) of the first three streets, from the real division file. */
    private static List<String[]> communities(Path divisionsCsv) throws IOException {
        List<String[]> out = new ArrayList<>();
        for (String line : Files.readAllLines(divisionsCsv, StandardCharsets.UTF_8)) {
            String[] f = line.split(",");
            if (f.length >= 3 && "village".equals(f[2]) && f[0].compareTo("510112004000") < 0) {
                out.add(new String[] {f[0], departmentName(f[1])});
            }
        }
        return out;
    }

    static LocalDate birthOf(String id) {
        return LocalDate.of(Integer.parseInt(id.substring(6, 10)), Integer.parseInt(id.substring(10, 12)),
                Integer.parseInt(id.substring(12, 14)));
    }

    /** Community name as a department writes it: the division name without 居委会. */
    static String communityName(SamplePerson p, Map<String, String> namesByCode) {
        return p.communityName() != null ? p.communityName()
                : departmentName(namesByCode.getOrDefault(p.communityCode(), p.communityCode()));
    }

    private static String departmentName(String official) {
        return official.replaceAll("(居委会|村委会)$", "");
    }

    static Map<String, String> divisionNames(Path divisionsCsv) throws IOException {
        Map<String, String> names = new HashMap<>();
        for (String line : Files.readAllLines(divisionsCsv, StandardCharsets.UTF_8)) {
            String[] f = line.split(",");
            names.put(f[0], f[1]);
        }
        return names;
    }
}

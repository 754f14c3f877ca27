package cn.yibiaotong.hub.identity;

import cn.yibiaotong.hub.samples.SyntheticIds;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

/**
 * Generated residents in households (户) over Longquanyi's real communities: a head, often a spouse, children
 * with the father's surname born 20–40 years after the parents, now and then twins. Household members share the
 * registered address and household number, and children often the parents' phone: exactly what makes two
 * different people look alike to a matcher.
 */
final class TruePopulation {

    // surnames by rough frequency in Sichuan; repeated entries weight the draw
    private static final String[] SURNAMES = ("王王王王李李李李张张张张刘刘刘刘陈陈陈陈杨杨杨杨黄黄赵赵周周吴吴徐徐孙孙马马胡胡朱朱郭郭何何罗罗"
            + "高林谢邓曾彭蒋唐冯宋钟田任姜范方石姚谭廖邹熊金陆郝孔白崔康毛邱秦江史顾侯邵孟龙万段雷钱汤尹黎易常武乔贺赖龚文").split("");
    private static final String GIVEN = "伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华建国文兰玉红志春梅兵林斌波辉海鹏宇浩"
            + "晓燕雪琴云飞欣怡子涵轩宏佳俊凯琳婷慧晨阳振东德福荣光庆家瑞丹蕾萍琪雨思嘉然博文翔宁昊成亮勤秋菊凤淑珍";
    private static final String[] ROADS = {"驿都大道", "龙泉街", "长柏路", "北泉路", "建设路", "大面街", "成龙大道", "十陵街",
            "桃都大道", "同安路", "平安街", "西河路", "洪河大道", "柏合路", "山泉路", "幸福街"};
    private static final String[] MIGRANT_COUNTIES = {"500101", "511002", "513401", "510922", "511302"};

    private final Random random;
    private final List<String[]> communities;
    private final Set<String> ids = new HashSet<>();
    private final ErrorRates rates;
    private int next;

    TruePopulation(Random random, Path divisionsCsv, ErrorRates rates) throws IOException {
        this.random = random;
        this.rates = rates;
        this.communities = new ArrayList<>();
        for (String line : Files.readAllLines(divisionsCsv, StandardCharsets.UTF_8)) {
            String[] f = line.split(",");
            if (f.length >= 3 && "village".equals(f[2])) {
                communities.add(new String[] {f[0], f[1].replaceAll("(居委会|村委会)$", "")});
            }
        }
    }

    List<TruePerson> build(int n) {
        List<TruePerson> people = new ArrayList<>(n + 8);
        while (people.size() < n) {
            people.addAll(household());
        }
        return people.subList(0, n);
    }

    private List<TruePerson> household() {
        String[] community = communities.get(random.nextInt(communities.size()));
        boolean floating = random.nextInt(8) == 0;
        String county = floating ? MIGRANT_COUNTIES[random.nextInt(MIGRANT_COUNTIES.length)] : "510112";
        String address = address();
        String number = String.format("LQ%07d", random.nextInt(10_000_000));
        String phone = phone();
        String surname = SURNAMES[random.nextInt(SURNAMES.length)];
        LocalDate headBirth = LocalDate.of(1938, 1, 1).plusDays(random.nextInt(365 * 62));
        boolean headMale = random.nextInt(10) < 7;
        List<TruePerson> members = new ArrayList<>();
        members.add(person(surname, headMale, headBirth, phone, address, community, number, "02", county, floating));
        if (random.nextInt(10) < 7) {
            LocalDate b = headBirth.plusDays(random.nextInt(365 * 8) - 365 * 4);
            String spouseSurname = SURNAMES[random.nextInt(SURNAMES.length)];
            members.add(person(spouseSurname, !headMale, b, phone(), address, community, number, "10", county, floating));
        }
        int children = random.nextInt(4);
        boolean twins = children >= 2 && random.nextDouble() < rates.get("twins");
        LocalDate childBirth = null;
        for (int c = 0; c < children; c++) {
            childBirth = twins && c == 1 ? childBirth : headBirth.plusDays(365L * 20 + random.nextInt(365 * 20));
            if (childBirth.isAfter(LocalDate.of(2026, 10, 1))) {
                continue;
            }
            boolean male = random.nextBoolean();
            String childSurname = headMale ? surname : members.size() > 1 ? members.get(1).name().substring(0, 1) : surname;
            String childPhone = random.nextInt(3) == 0 ? phone : phone();
            members.add(person(childSurname, male, childBirth, childPhone, address, community, number,
                    male ? "20" : "30", county, floating));
        }
        return members;
    }

    private TruePerson person(String surname, boolean male, LocalDate birth, String phone, String address,
                              String[] community, String household, String relationship, String county,
                              boolean floating) {
        String name = surname + GIVEN.charAt(random.nextInt(GIVEN.length()))
                + (random.nextInt(10) < 7 ? String.valueOf(GIVEN.charAt(random.nextInt(GIVEN.length()))) : "");
        String id = null;
        if (random.nextDouble() >= rates.get("noIdPerson")) {
            do {
                id = SyntheticIds.of(county, birth, male, random.nextInt(499));
            } while (!ids.add(id));
        }
        String residence = floating ? address() : random.nextInt(10) < 8 ? address : address();
        return new TruePerson(String.format("P%07d", ++next), id, name, male, birth, phone, phone(), address,
                residence, address(), community[0], community[1], household, relationship, floating);
    }

    private String address() {
        String a = "四川省成都市龙泉驿区" + ROADS[random.nextInt(ROADS.length)] + (1 + random.nextInt(600)) + "号";
        if (random.nextBoolean()) {
            a += (1 + random.nextInt(12)) + "栋" + (1 + random.nextInt(4)) + "单元" + (1 + random.nextInt(30))
                    + "0" + (1 + random.nextInt(4)) + "室";
        }
        return a;
    }

    private String phone() {
        return "1" + (3 + random.nextInt(7)) + random.nextInt(10) + String.format("%08d", random.nextInt(100_000_000));
    }
}

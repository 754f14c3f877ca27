package cn.yibiaotong.bench;

import cn.yibiaotong.hub.normalize.IdNumbers;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Rows of the 一表通 street roster (DESIGN.md 3.5) for a whole district, reproducible from a seed: row i is the same
 * in every file made with the same seed. Citizen IDs are synthetic but valid (GB 11643, check character from the
 * hub's IdNumbers) and unique in the file; one row in 50 is bad in one of the ways the hub rejects; with
 * {@code changedEvery} > 0, one good row in that many carries a new phone number (the "1% changed" re-upload).
 */
final class RosterGenerator {

    static final List<String> HEADER = List.of("序号", "姓名", "公民身份号码", "性别", "民族", "出生日期", "联系电话",
            "户籍地址", "居住地址", "人员类型", "所属社区", "所属网格", "户号", "与户主关系", "低保类型", "残疾类别", "残疾等级",
            "是否退役军人", "备注");
    /** One row in BAD_EVERY is bad: 2 %. */
    static final int BAD_EVERY = 50;

    private static final String[] SURNAMES = ("王李张刘陈杨黄赵周吴徐孙马胡朱郭何罗高林谢邓曾彭蒋唐冯宋韩曹许邓萧田董袁潘蔡"
            + "余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤").split("");
    private static final String[] GIVEN = {"伟", "芳", "娜", "秀英", "敏", "静", "丽", "强", "磊", "洋", "艳", "勇", "军",
            "杰", "娟", "涛", "明", "超", "秀兰", "霞", "平", "刚", "桂英", "建华", "志强", "晓燕", "德明", "玉兰", "子涵",
            "浩然", "雨萱", "欣怡", "宇轩", "梓轩", "一诺", "思远", "春梅", "国华", "建国", "淑珍", "文博", "佳怡", "俊杰",
            "婷", "鑫", "斌", "红", "玲", "波", "辉", "凤英", "玉珍", "成", "亮", "丹", "琳", "雪", "健", "帆", "睿"};
    private static final String[] ETHNICITIES = {"汉族", "汉族", "汉族", "汉族", "汉族", "汉族", "汉族", "汉", "汉", "01",
            "回族", "藏族", "彝族", "羌族", "土家族"};
    /** Origin counties of the floating population: Sichuan and the neighbouring provinces. */
    private static final String[] ORIGINS = {"510681", "511102", "511302", "510722", "513401", "500101", "500230",
            "420102", "430103", "520102", "530102", "610102", "622101", "510115", "510104"};
    private static final String[] ROADS = {"驿都大道", "龙泉街", "长柏路", "北泉路", "建设路", "大面街", "成龙大道", "龙都南路",
            "桃都大道", "十陵上街", "洪河大道", "同安路", "西河中路", "柏合大道"};
    private static final String[] RELATIONS = {"户主", "本人", "配偶", "子", "女", "孙子", "孙女", "父亲", "母亲"};
    private static final String[] ASSISTANCE = {"城市低保", "农村低保", "特困"};
    private static final String[] DISABILITY = {"肢体残疾", "视力残疾", "听力残疾", "智力残疾"};
    private static final String[] GRADES = {"一级", "二级", "三级", "四级"};
    private static final int DAYS = 85 * 365;
    private static final long ID_SPACE = (long) DAYS * 499;
    private static final LocalDate FIRST_BIRTH = LocalDate.of(1936, 1, 1);

    private final Communities communities;
    private final Random random;
    private final int changedEvery;

    RosterGenerator(Communities communities, long seed, int changedEvery) {
        this.communities = communities;
        this.random = new Random(seed);
        this.changedEvery = changedEvery;
    }

    static boolean isBad(long index) {
        return index % BAD_EVERY == BAD_EVERY / 2;
    }

    boolean isChanged(long index) {
        return changedEvery > 0 && !isBad(index) && index % changedEvery == 7;
    }

    /** Row number {@code index} (0-based); call in order, since the values come from one seeded stream. */
    List<String> row(long index) {
        // (day, sequence) is a bijection of the index, so every ID in the file is different
        long k = (index * 7919L + 104_729L) % ID_SPACE;
        LocalDate birth = FIRST_BIRTH.plusDays(k % DAYS);
        int sequence = (int) (k / DAYS);
        boolean male = random.nextBoolean();
        boolean floating = random.nextInt(6) == 0;
        String county = floating ? ORIGINS[random.nextInt(ORIGINS.length)] : "510112";
        String body = county + birth.format(DateTimeFormatter.BASIC_ISO_DATE)
                + String.format("%03d", sequence * 2 + (male ? 1 : 2));
        String id = body + IdNumbers.checkCharacter(body);
        Communities.Community c = communities.all().get(random.nextInt(communities.all().size()));
        String name = SURNAMES[random.nextInt(SURNAMES.length)] + GIVEN[random.nextInt(GIVEN.length)];
        String home = "四川省成都市龙泉驿区" + c.town() + ROADS[random.nextInt(ROADS.length)] + (1 + random.nextInt(400)) + "号"
                + (1 + random.nextInt(20)) + "栋" + (1 + random.nextInt(4)) + "单元" + (101 + random.nextInt(30) * 100 + random.nextInt(4)) + "室";
        String phone = birth.getYear() > 2012 ? "" : "1" + (3 + random.nextInt(7)) + String.format("%09d", random.nextInt(1_000_000_000));
        int older = 2026 - birth.getYear();
        List<String> cells = new ArrayList<>(List.of(String.valueOf(index + 1), name, id, male ? "男" : "女",
                ETHNICITIES[random.nextInt(ETHNICITIES.length)], dateAsTyped(birth), phone,
                floating ? "原籍" + county : home, home, floating ? "流动人口" : "户籍",
                c.typed(), c.grids().isEmpty() ? "" : c.grids().get(random.nextInt(c.grids().size())),
                String.format("LQ%07d", random.nextInt(600_000)), RELATIONS[random.nextInt(RELATIONS.length)],
                random.nextInt(40) == 0 ? ASSISTANCE[random.nextInt(ASSISTANCE.length)] : "",
                random.nextInt(25) == 0 ? DISABILITY[random.nextInt(DISABILITY.length)] : "",
                "", older >= 18 && random.nextInt(30) == 0 ? "是" : "否",
                older >= 80 && random.nextInt(3) == 0 ? "独居老人，每月走访" : ""));
        if (!cells.get(15).isEmpty()) {
            cells.set(16, GRADES[random.nextInt(GRADES.length)]);
        }
        int badKind = random.nextInt(7);
        if (isBad(index)) {
            spoil(cells, badKind, birth, male);
        } else if (isChanged(index)) {
            cells.set(6, "139" + String.format("%08d", (index * 31) % 100_000_000));
        }
        return cells;
    }

    /** The kinds of bad row the hub must reject, one per bad row, in turn. */
    private static void spoil(List<String> cells, int kind, LocalDate birth, boolean male) {
        String id = cells.get(2);
        switch (kind) {
            case 0 -> cells.set(2, id.substring(0, 17) + (id.charAt(17) == '0' ? '1' : '0'));   // wrong check character
            case 1 -> cells.set(1, "");                                                         // name missing
            case 2 -> cells.set(10, "不存在社区");                                                // unknown community
            case 3 -> cells.set(5, birth.plusYears(1).toString());                              // birth date contradicts the ID
            case 4 -> cells.set(3, male ? "女" : "男");                                           // gender contradicts the ID
            case 5 -> cells.set(2, "5.10112E+17");                                               // ID mangled by a spreadsheet
            default -> cells.set(2, id.substring(0, 16));                                        // ID cut short
        }
    }

    private String dateAsTyped(LocalDate d) {
        return switch (random.nextInt(4)) {
            case 0 -> d.toString();
            case 1 -> d.getYear() + "/" + d.getMonthValue() + "/" + d.getDayOfMonth();
            case 2 -> d.getYear() + "年" + d.getMonthValue() + "月" + d.getDayOfMonth() + "日";
            default -> d.toString().replace("-", "");
        };
    }
}

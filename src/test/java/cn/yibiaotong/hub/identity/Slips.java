package cn.yibiaotong.hub.identity;

import cn.yibiaotong.hub.samples.SyntheticIds;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.regex.Pattern;

/** The slips of a clerk copying a person into a department's system, each at its configured rate. */
final class Slips {

    // common name characters, grouped by sound below, to draw homophone typos from (张伟 → 张玮)
    private static final String SOUND_POOL = "伟玮薇维卫为炜唯芳方坊娜纳那敏民闵静婧敬丽莉力利磊垒蕾洋阳扬艳燕雁勇永咏军君钧杰洁捷"
            + "娟鹃涛滔韬明鸣铭霞侠夏平萍苹刚钢岗强蔷超潮朝刘留流柳建健剑国果华花桂贵英莹颖玉钰宇雨语红虹鸿志智芝春纯梅媚兵冰林琳霖"
            + "斌彬波博辉慧惠海鹏朋浩豪晓小雪琴勤芹云芸飞菲欣心怡宜子紫涵寒轩宣宏凯楷婷亭晨辰振震东冬德福富荣容光庆瑞丹蕾琪琦思斯"
            + "嘉佳然博翔祥宁昊成诚亮秋菊凤淑珍真王汪李黎张章陈程杨阳黄皇赵周舟吴武徐许孙马胡朱郭何罗高林谢邓曾彭蒋唐冯宋钟田任";
    private static final Map<String, List<Character>> BY_SOUND = new HashMap<>();

    static {
        for (char c : SOUND_POOL.toCharArray()) {
            List<Character> group = BY_SOUND.computeIfAbsent(Pinyin.readings(c)[0], k -> new ArrayList<>());
            if (!group.contains(c)) {
                group.add(c);
            }
        }
    }

    private static final Pattern BUILDING = Pattern.compile("(\\d+)栋");
    private static final String[] CHINESE = {"零", "一", "二", "三", "四", "五", "六", "七", "八", "九", "十", "十一", "十二"};

    private final Random random;
    private final ErrorRates rates;

    Slips(Random random, ErrorRates rates) {
        this.random = random;
        this.rates = rates;
    }

    boolean happens(String rate) {
        return random.nextDouble() < rates.get(rate);
    }

    String id(TruePerson p) {
        if (p.id() == null || happens("idMissing")) {
            return "";
        }
        if (p.birth().getYear() < 2000 && happens("id15")) {
            return p.id().substring(0, 6) + p.id().substring(8, 17);
        }
        if (happens("idBadCheck")) {
            return badCheck(p.id());
        }
        return p.id();
    }

    private String badCheck(String id) {
        while (true) {
            char[] c = id.toCharArray();
            int i = random.nextInt(17);
            if (random.nextBoolean() && c[i] != c[i + 1]) {
                char t = c[i];
                c[i] = c[i + 1];
                c[i + 1] = t;
            } else {
                c[i] = (char) ('0' + (c[i] - '0' + 1 + random.nextInt(9)) % 10);
            }
            String slipped = new String(c);
            if (slipped.charAt(17) != SyntheticIds.check(slipped.substring(0, 17))) {
                return slipped;
            }
        }
    }

    String name(TruePerson p) {
        String name = p.name();
        if (happens("nameHomophone")) {
            int i = name.length() > 1 ? 1 + random.nextInt(name.length() - 1) : 0;
            char original = name.charAt(i);
            List<Character> same = BY_SOUND.getOrDefault(Pinyin.readings(original)[0], List.of());
            List<Character> others = same.stream().filter(c -> c != original).toList();
            if (!others.isEmpty()) {
                name = name.substring(0, i) + others.get(random.nextInt(others.size())) + name.substring(i + 1);
            }
        } else if (happens("nameTypo") && name.length() > 1) {
            int i = 1 + random.nextInt(name.length() - 1);
            name = name.substring(0, i) + SOUND_POOL.charAt(random.nextInt(SOUND_POOL.length())) + name.substring(i + 1);
        }
        if (happens("nameSpaces")) {
            name = random.nextBoolean() ? name.charAt(0) + " " + name.substring(1) : " " + name + "　";
        }
        return name;
    }

    LocalDate birth(TruePerson p) {
        LocalDate b = p.birth();
        try {
            if (happens("birthSwapped") && b.getDayOfMonth() <= 12 && b.getDayOfMonth() != b.getMonthValue()) {
                return LocalDate.of(b.getYear(), b.getDayOfMonth(), b.getMonthValue());
            }
            if (happens("birthDigit")) {
                char[] d = b.toString().replace("-", "").toCharArray();
                int i = 2 + random.nextInt(6);
                d[i] = (char) ('0' + (d[i] - '0' + 1 + random.nextInt(9)) % 10);
                String s = new String(d);
                return LocalDate.of(Integer.parseInt(s.substring(0, 4)), Integer.parseInt(s.substring(4, 6)),
                        Integer.parseInt(s.substring(6, 8)));
            }
        } catch (DateTimeException impossible) {
            return b;
        }
        return b;
    }

    boolean male(TruePerson p) {
        return happens("genderWrong") != p.male();
    }

    String phone(TruePerson p) {
        if (happens("phoneMissing")) {
            return "";
        }
        return happens("phoneNew") ? p.oldPhone() : p.phone();
    }

    String residence(TruePerson p) {
        return address(happens("moved") ? p.oldAddress() : p.residenceAddress());
    }

    /** The same address as another clerk writes it. */
    String address(String a) {
        if (!happens("addressVariant")) {
            return a;
        }
        return switch (random.nextInt(5)) {
            case 0 -> a.replace("四川省成都市", "");
            case 1 -> fullWidth(a);
            case 2 -> a.replace("栋", random.nextBoolean() ? "幢" : "号楼");
            case 3 -> a.replace("四川省成都市龙泉驿区", "龙泉驿区 ");
            default -> BUILDING.matcher(a).replaceAll(m -> CHINESE[Integer.parseInt(m.group(1))] + "栋")
                    .replace("单元", "单元 ");
        };
    }

    private static String fullWidth(String s) {
        StringBuilder sb = new StringBuilder();
        for (char c : s.toCharArray()) {
            sb.append(c >= '0' && c <= '9' ? (char) (c - '0' + '０') : c);
        }
        return sb.toString();
    }
}

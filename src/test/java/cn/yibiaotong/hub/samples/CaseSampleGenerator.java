package cn.yibiaotong.hub.samples;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Writes the two case-channel samples (samples/DEPARTMENTS.md, "诉求渠道"): a 12345 hotline push in the hotline's
 * own field names and category codes, and a secretary's ledger workbook. Each has 20 records, the last one spoiled
 * on purpose ({@link #BAD_HOTLINE_TYPE}, {@link #BAD_LEDGER}). The first five hotline callers are residents of the
 * health sample, reached by their phone numbers, so their cases link to the unified resident view.
 * Rerun from the project root with: {@code ./mvnw -q test-compile exec:java -Dexec.classpathScope=test
 * -Dexec.mainClass=cn.yibiaotong.hub.samples.CaseSampleGenerator}
 */
public final class CaseSampleGenerator {

    public static final Path HOTLINE = Path.of("samples/hotline-12345/hotline-2026-11-20.json");
    public static final Path LEDGER = Path.of("samples/secretary-ledgers/binhe-ledgers-2026-11.xlsx");
    public static final int RECORDS = 20;
    /** The last hotline record's category code, which the connector's code map does not know. */
    public static final String BAD_HOTLINE_TYPE = "QT99";
    /** The last ledger row's 台账类别, which is none of the three ledgers. */
    public static final String BAD_LEDGER = "其他类";
    public static final List<String> LEDGER_HEADER = List.of("台账编号", "台账类别", "事项类别", "标题", "内容", "反映人",
            "联系电话", "所属社区", "所属网格", "登记日期");

    private static final String[] HOTLINE_TYPES = {"WY01", "HJ02", "ZS03", "ZD04", "JZ05", "JY06", "YL07", "CJ08",
        "TY09", "JF10", "AQ11", "HJ12"};
    private static final String[][] TOPICS = {
        {"电梯停运三天无人维修", "小区 3 栋电梯停运三天，物业称在等配件，老人上下楼困难。"},
        {"垃圾桶满溢无人清运", "小区门口垃圾桶已两天未清运，气味很大。"},
        {"夜间施工噪声扰民", "工地晚上十一点后仍在打桩，影响休息。"},
        {"商铺占用人行道经营", "沿街水果店把货架摆到人行道上，行人只能走机动车道。"},
        {"咨询低保申请条件", "家中一人失业一人患病，想了解低保申请条件和所需材料。"},
        {"失业登记办理咨询", "询问失业登记在哪里办理、需要带什么材料。"},
        {"家庭医生签约咨询", "想给父母签约家庭医生，询问社区卫生服务中心的办理时间。"},
        {"残疾人证年审", "残疾人证快到期，询问年审流程。"},
        {"退役军人优待证办理", "询问退役军人优待证的申领方式。"},
        {"邻里漏水纠纷", "楼上漏水到我家天花板，多次协商无果，请社区调解。"},
        {"消防通道被占", "小区消防通道长期停放车辆，存在安全隐患。"},
        {"新生儿落户咨询", "询问新生儿落户需要的材料。"},
    };
    private static final String[] COMMUNITIES = {"滨河花园社区", "长柏路社区"};
    private static final String[][] GRIDS = {{"滨河花园第一网格", "滨河花园第二网格"}, {"长柏路第一网格", "长柏路第二网格"}};
    private static final String[] LEDGERS = {"意见建议", "利益诉求", "投诉举报"};
    private static final String[] MATTER_NAMES = {"物业管理", "环境卫生", "噪声扰民", "占道经营", "社会救助", "就业社保",
        "医疗卫生", "残疾人服务", "退役军人服务", "矛盾纠纷", "安全隐患", "户籍办理"};
    private static final String[] SURNAMES = {"王", "李", "张", "刘", "陈", "杨", "赵", "黄", "周", "吴"};
    private static final String[] GIVEN = {"秀英", "建国", "桂兰", "志强", "丽", "伟", "芳", "军", "敏", "静"};

    private CaseSampleGenerator() {
    }

    public static void main(String[] args) throws IOException {
        ObjectMapper json = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
        JsonNode health = json.readTree(Path.of("samples/health-elderly-checks/elderly-checks-2026-11.json").toFile());
        writeHotline(json, health.get("records"));
        writeLedger();
    }

    private static void writeHotline(ObjectMapper json, JsonNode residents) throws IOException {
        ObjectNode doc = json.createObjectNode();
        doc.put("pch", "12345-20261120-01");
        doc.put("tssj", "2026-11-20T18:00:00+08:00");
        ArrayNode records = doc.putArray("gdlb");
        for (int i = 0; i < RECORDS; i++) {
            int topic = i % TOPICS.length;
            ObjectNode r = records.addObject();
            r.put("gdbh", String.format("GD20261120%04d", i + 1));
            r.put("ldsj", String.format("2026-11-%02d %02d:%02d:00", 10 + i % 10, 8 + i % 10, (i * 7) % 60));
            boolean known = i < 5;
            r.put("ldrxm", known ? residents.get(i).get("xm").asText() : name(i));
            r.put("ldhm", known ? residents.get(i).get("lxdh").asText() : String.format("139%08d", 50_000_000 + i * 7919));
            r.put("sjdz", "龙泉驿区" + COMMUNITIES[i % 2].replace("社区", "") + "小区" + (i + 1) + "栋");
            r.put("gdlx", i == RECORDS - 1 ? BAD_HOTLINE_TYPE : HOTLINE_TYPES[topic]);
            r.put("bt", TOPICS[topic][0]);
            r.put("nr", TOPICS[topic][1]);
        }
        Files.createDirectories(HOTLINE.getParent());
        json.writeValue(HOTLINE.toFile(), doc);
    }

    private static void writeLedger() throws IOException {
        Files.createDirectories(LEDGER.getParent());
        try (XSSFWorkbook wb = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(LEDGER)) {
            Sheet sheet = wb.createSheet("民情台账");
            Row header = sheet.createRow(0);
            for (int c = 0; c < LEDGER_HEADER.size(); c++) {
                header.createCell(c).setCellValue(LEDGER_HEADER.get(c));
            }
            for (int i = 0; i < RECORDS; i++) {
                int topic = (i * 5) % TOPICS.length;
                int community = i % 2;
                List<String> cells = List.of(String.format("TZ-2026-%03d", i + 1),
                        i == RECORDS - 1 ? BAD_LEDGER : LEDGERS[i % 3], MATTER_NAMES[topic], TOPICS[topic][0],
                        TOPICS[topic][1], name(i + 3), String.format("138%08d", 20_000_000 + i * 4327),
                        COMMUNITIES[community], GRIDS[community][i % 2], String.format("2026-11-%02d", 1 + i));
                Row row = sheet.createRow(i + 1);
                for (int c = 0; c < cells.size(); c++) {
                    row.createCell(c).setCellValue(cells.get(c));
                }
            }
            wb.write(out);
        }
    }

    private static String name(int i) {
        return SURNAMES[i % SURNAMES.length] + GIVEN[(i * 3) % GIVEN.length];
    }
}

package cn.yibiaotong.hub.delivery;

import static cn.yibiaotong.hub.testing.HubApiTest.item;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import cn.yibiaotong.hub.delivery.ExpectedResidents.Person;
import cn.yibiaotong.hub.jdbcpull.PublicSecurityDatabase;
import cn.yibiaotong.hub.jdbcpull.PullTestSupport;
import cn.yibiaotong.hub.testing.DeliveryApiTest;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.stream.StreamSupport;
import javax.xml.parsers.DocumentBuilderFactory;
import org.apache.camel.CamelContext;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * The proof of 一表通: one street roster uploaded once, and each of four departments receives exactly its own
 * template — its headers, its codes, its encoding, its rows, nothing it may not read; and a resident who moved
 * away or died drops out of the next delivery, with the reason. The death arrives as in production: the police
 * department's database on loopback, pulled by the public-security connector.
 */
@DirtiesContext
class DeliveryProofTest extends DeliveryApiTest {

    /** The public-security department's database, a real H2 server on loopback (see JdbcPullRouteTest). */
    static final PublicSecurityDatabase POLICE = PublicSecurityDatabase.start();
    // a date the hub accepts as past: a death date after today is rejected as a typing error
    private static final LocalDate DEATH = LocalDate.of(2026, 11, 18);

    /**
     * This test's own hub, whose public-security connector pulls from {@link #POLICE} (every 200 ms, 2 s safety lag,
     * as in JdbcPullRouteTest), on its own in-memory store so the shared API-test hub's routes never touch it.
     */
    @DynamicPropertySource
    static void publicSecurity(DynamicPropertyRegistry registry) {
        // the department's in-memory table lives as long as the JVM; another test class may have left rows in it
        POLICE.clear();
        registry.add("spring.datasource.url", () -> "jdbc:h2:mem:hub-delivery-proof;DB_CLOSE_DELAY=-1");
        registry.add("hub.connectors-dir", () -> PullTestSupport.connectorsWithTestTimings().toString());
        registry.add("HUB_PCS_DB_URL", POLICE::url);
        registry.add("HUB_PCS_DB_USER", () -> PublicSecurityDatabase.USER);
        registry.add("HUB_PCS_DB_PASSWORD", () -> PublicSecurityDatabase.PASSWORD);
    }

    @Autowired
    CamelContext camel;

    /** The pull stops before its database does, so the closing hub does not retry against a stopped server. */
    @AfterEach
    void stopPulling() throws Exception {
        camel.getRouteController().stopRoute("jdbc-pull-public-security-hukou");
    }

    @AfterAll
    static void stopPolice() {
        POLICE.stopServer();
    }

    private static final Path ROSTER = Path.of("samples/street-roster/longquan-street-2026-11.xlsx");
    private static final LocalDate PERIOD_END = LocalDate.of(2026, 11, 30);
    // the departments' own codes, written down here from samples/DEPARTMENTS.md, not read from the connector files
    private static final Map<String, String> CIVIL_GENDER = Map.of("1", "1", "2", "0");
    private static final Map<String, String> CIVIL_ASSISTANCE = Map.of("01", "城低", "02", "农低", "03", "特困", "04", "低边");
    private static final Map<String, String> DPF_GENDER = Map.of("1", "男", "2", "女");
    private static final Map<String, String> DPF_CATEGORY = Map.of("1", "视力残疾", "2", "听力残疾", "3", "言语残疾",
            "4", "肢体残疾", "5", "智力残疾", "6", "精神残疾", "7", "多重残疾");
    private static final Map<String, String> DPF_GRADE = Map.of("1", "一级", "2", "二级", "3", "三级", "4", "四级");
    private static final Map<String, String> HEALTH_GENDER = Map.of("1", "M", "2", "F");
    private static final Map<String, String> COMMUNITY_NAMES = officialNames();

    @Test
    void oneUploadFeedsEveryDepartmentInItsOwnTemplateAndLeaversDropOutWithTheReason() throws Exception {
        var upload = uploads.upload("street-roster", ROSTER, false);
        assertThat(upload.getStatusCode().value()).isEqualTo(201);
        ExpectedResidents residents = new ExpectedResidents(http, json, "510112001");
        assertThat(residents.size()).isEqualTo(148);

        JsonNode civil = deliveredNow("civil-affairs");
        List<Person> onAssistance = residents.where(p -> p.get("welfare.assistance_type") != null);
        assertThat(onAssistance).isNotEmpty();
        List<CSVRecord> csv = civilAffairsRoll(civil);
        assertThat(csv.get(0).toList()).containsExactly("序号", "姓名", "身份证号", "性别", "救助类别", "所属社区", "家庭住址", "联系电话");
        assertThat(rows(csv)).isEqualTo(numbered(onAssistance, p -> List.of(p.get("person.name"), p.idNumber(),
                code(CIVIL_GENDER, p.get("person.gender")), code(CIVIL_ASSISTANCE, p.get("welfare.assistance_type")),
                code(COMMUNITY_NAMES, p.communityCode()), text(p.get("person.residence_address")), text(p.get("person.phone")))));
        assertThat(civil.get("rowCount").asInt()).isEqualTo(onAssistance.size());

        JsonNode dpf = deliveredNow("disabled-persons-federation");
        List<Person> disabled = residents.where(p -> p.get("disability.category") != null);
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(download(dpf)))) {
            Sheet sheet = book.getSheet("花名册");
            assertThat(cells(sheet.getRow(0))).containsExactly("龙泉街道持证残疾人花名册（2026-11）");
            assertThat(sheet.getMergedRegion(0).formatAsString()).isEqualTo("A1:I1");
            assertThat(cells(sheet.getRow(1))).containsExactly("序号", "姓名", "公民身份号码", "性别", "残疾类别", "残疾等级",
                    "联系电话", "居住地址", "所属社区");
            List<List<String>> actual = new ArrayList<>();
            for (int i = 2; i <= sheet.getLastRowNum(); i++) {
                actual.add(cells(sheet.getRow(i)));
            }
            assertThat(actual).isEqualTo(numbered(disabled, p -> List.of(p.get("person.name"), p.idNumber(),
                    code(DPF_GENDER, p.get("person.gender")), code(DPF_CATEGORY, p.get("disability.category")),
                    code(DPF_GRADE, p.get("disability.grade")), text(p.get("person.phone")),
                    text(p.get("person.residence_address")), code(COMMUNITY_NAMES, p.communityCode()))));
            assertThat(book.getNumberOfSheets()).as("no removals on a first delivery").isEqualTo(1);
        }

        JsonNode health = deliveredNow("health");
        List<Person> elderly = residents.where(p -> p.ageAt(PERIOD_END) >= 65);
        JsonNode received = json.readTree(DEPARTMENT.accepted().get(health.get("id").asText()));
        assertThat(received.fieldNames()).toIterable().containsExactly("sjly", "records", "removals");
        assertThat(received.get("records")).hasSize(elderly.size());
        for (int i = 0; i < elderly.size(); i++) {
            Person p = elderly.get(i);
            JsonNode r = received.get("records").get(i);
            assertThat(r.fieldNames()).toIterable().containsExactly("sfzh", "xm", "xb", "csrq", "lxdh", "jzdz", "sqdm");
            assertThat(List.of(r.get("sfzh").asText(), r.get("xm").asText(), r.get("xb").asText(), r.get("csrq").asText(),
                    r.get("sqdm").asText())).containsExactly(p.idNumber(), p.get("person.name"),
                    HEALTH_GENDER.get(p.get("person.gender")), p.get("person.birth_date"), p.communityCode());
        }
        assertThat(DEPARTMENT.requests().get(0).contentType()).startsWith("application/json");

        JsonNode hr = deliveredNow("human-resources");
        List<Person> adults = residents.where(p -> p.ageAt(PERIOD_END) >= 16);
        var xml = DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(new ByteArrayInputStream(DEPARTMENT.accepted().get(hr.get("id").asText())));
        assertThat(xml.getXmlEncoding()).isEqualTo("UTF-8");
        assertThat(xml.getDocumentElement().getTagName()).isEqualTo("PersonList");
        NodeList persons = xml.getElementsByTagName("Person");
        assertThat(persons.getLength()).isEqualTo(adults.size());
        for (int i = 0; i < persons.getLength(); i++) {
            Map<String, String> fields = children((Element) persons.item(i));
            assertThat(fields.keySet()).containsExactly("AAC002", "AAC003", "AAC004", "AAC006", "AAE005", "AAB301");
            assertThat(fields.get("AAC002")).isEqualTo(adults.get(i).idNumber());
            assertThat(fields.get("AAC004")).isEqualTo(adults.get(i).get("person.gender"));
        }

        // the street office's figure: 148 rows × 18 columns uploaded once, against every department's template
        JsonNode report = json.readTree(upload.getBody());
        assertThat(report.get("cellsUploaded").asLong()).isEqualTo(148L * 18);
        long typed = civil.get("rowCount").asLong() * 7 + dpf.get("rowCount").asLong() * 8
                + health.get("rowCount").asLong() * 7 + hr.get("rowCount").asLong() * 6;
        assertThat(report.get("cellsForDepartments").asLong()).isEqualTo(typed);
        assertThat(report.get("cellsSaved").asText()).startsWith("本批上传一次共 2664 个单元格；若按 4 个部门的模板分别填报，需录入 "
                + typed + " 个单元格（");

        // next month: one 低保 recipient has moved away (left off the roster), one certificate holder has died
        Person movedAway = onAssistance.get(0);
        Person deceased = disabled.stream().filter(p -> !p.idNumber().equals(movedAway.idNumber())).findFirst().orElseThrow();
        assertThat(uploads.upload("street-roster", "longquan-street-2026-12.xlsx", rosterWithout(movedAway.idNumber()), false)
                .getStatusCode().value()).isEqualTo(201);
        publicSecurityRecordsDeath(deceased, DEATH);

        JsonNode civilNext = deliveredNow("civil-affairs");
        assertThat(civilNext.get("rowCount").asInt()).isEqualTo(onAssistance.size() - 1);
        assertThat(rows(civilAffairsRoll(civilNext))).noneMatch(r -> r.contains(movedAway.idNumber()));
        assertThat(removals(civilNext)).containsExactly(List.of(movedAway.idNumber(), "已不在街道最新花名册中（迁出或不再在本社区居住）"));

        JsonNode dpfNext = deliveredNow("disabled-persons-federation");
        assertThat(dpfNext.get("rowCount").asInt()).isEqualTo(disabled.size() - 1);
        assertThat(removals(dpfNext)).containsExactly(List.of(deceased.idNumber(), "公安户籍已注销：死亡（" + DEATH + "）"));
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(download(dpfNext)))) {
            Sheet removed = book.getSheet("减员名单");
            assertThat(cells(removed.getRow(0))).containsExactly("姓名", "公民身份号码", "减员原因");
            assertThat(cells(removed.getRow(1))).containsExactly(deceased.get("person.name"), deceased.idNumber(),
                    "公安户籍已注销：死亡（" + DEATH + "）");
        }
    }

    /** Community names as the national division list has them (config/divisions/longquanyi.csv). */
    private static Map<String, String> officialNames() {
        try (var reader = Files.newBufferedReader(Path.of("config/divisions/longquanyi.csv"))) {
            Map<String, String> names = new java.util.HashMap<>();
            CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(reader)
                    .forEach(r -> names.put(r.get("code"), r.get("name")));
            return names;
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private JsonNode deliveredNow(String department) throws Exception {
        var response = deliver(department, "510112001", "2026-11");
        assertThat(response.getStatusCode().value()).as(response.getBody()).isEqualTo(201);
        JsonNode d = json.readTree(response.getBody());
        assertThat(d.get("status").asText()).isEqualTo("DELIVERED");
        assertThat(d.get("attempts").asInt()).isEqualTo(1);
        return d;
    }

    /** The file as the department's outbox has it, byte for byte the stored one, strictly GBK. */
    private List<CSVRecord> civilAffairsRoll(JsonNode d) throws Exception {
        byte[] outbox = Files.readAllBytes(Path.of(d.get("target").asText(), d.get("fileName").asText()));
        assertThat(outbox).isEqualTo(download(d));
        String text = Charset.forName("GBK").newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .decode(ByteBuffer.wrap(outbox)).toString();
        assertThat(text).contains("\r\n").doesNotStartWith("\uFEFF");
        return CSVFormat.DEFAULT.parse(new StringReader(text)).getRecords();
    }

    /** Downloads the delivered file again and checks it against the recorded checksum. */
    private byte[] download(JsonNode d) throws Exception {
        byte[] bytes = http.getForObject(d.get("fileUrl").asText(), byte[].class);
        assertThat(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes)))
                .isEqualTo(d.get("checksum").asText());
        return bytes;
    }

    private List<List<String>> removals(JsonNode d) throws Exception {
        assertThat(d.get("removedCount").asInt()).isEqualTo(1);
        List<List<String>> result = new ArrayList<>();
        json.readTree(http.getForObject(d.get("removalsUrl").asText(), String.class))
                .forEach(r -> result.add(List.of(r.get("idNumber").asText(), r.get("reason").asText())));
        return result;
    }

    private static List<List<String>> rows(List<CSVRecord> csv) {
        return csv.subList(1, csv.size()).stream().map(CSVRecord::toList).toList();
    }

    private static List<List<String>> numbered(List<Person> people, java.util.function.Function<Person, List<String>> row) {
        List<List<String>> result = new ArrayList<>();
        for (int i = 0; i < people.size(); i++) {
            List<String> cells = new ArrayList<>();
            cells.add(String.valueOf(i + 1));
            cells.addAll(row.apply(people.get(i)));
            result.add(cells);
        }
        return result;
    }

    /** The department's code for a standard one; an empty cell when the resident has no value. */
    private static String code(Map<String, String> codes, String value) {
        return value == null ? "" : codes.get(value);
    }

    private static String text(String value) {
        return value == null ? "" : value;
    }

    private static List<String> cells(Row row) {
        List<String> cells = new ArrayList<>();
        for (int i = 0; i < row.getLastCellNum(); i++) {
            cells.add(row.getCell(i) == null ? "" : row.getCell(i).getStringCellValue());
        }
        return cells;
    }

    private static Map<String, String> children(Element e) {
        Map<String, String> fields = new java.util.LinkedHashMap<>();
        for (Node n = e.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element child) {
                fields.put(child.getTagName(), child.getTextContent());
            }
        }
        return fields;
    }

    /** The same roster with one resident's row taken out, as the street uploads it next month. */
    private static byte[] rosterWithout(String idNumber) throws Exception {
        try (XSSFWorkbook book = new XSSFWorkbook(Files.newInputStream(ROSTER))) {
            Sheet sheet = book.getSheetAt(0);
            for (int i = 0; i <= sheet.getLastRowNum(); i++) {
                Row row = sheet.getRow(i);
                if (row != null && row.getCell(2) != null && idNumber.equals(new org.apache.poi.ss.usermodel.DataFormatter()
                        .formatCellValue(row.getCell(2)).strip())) {
                    sheet.removeRow(row);
                    sheet.shiftRows(i + 1, sheet.getLastRowNum(), -1);
                    break;
                }
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            book.write(out);
            return out.toByteArray();
        }
    }

    /**
     * The police record of a death, the way it reaches the hub: the public-security department's system registers
     * it in its own table HJ_RYXX (same person, with SWRQ), and the connector public-security-hukou pulls it over
     * JDBC through the ingest pipeline. Waits until the resident view shows the death with that connector as source.
     */
    private void publicSecurityRecordsDeath(Person p, LocalDate deathDate) throws Exception {
        Map<String, String> row = new java.util.LinkedHashMap<>();
        row.put("GMSFHM", p.idNumber());
        row.put("XM", p.get("person.name"));
        row.put("XB", p.get("person.gender"));
        row.put("CSRQ", p.get("person.birth_date").replace("-", ""));
        row.put("SQDM", p.communityCode());
        row.put("SWRQ", deathDate.format(java.time.format.DateTimeFormatter.BASIC_ISO_DATE));
        POLICE.register("R-DEATH-1", row);

        await().atMost(Duration.ofSeconds(30)).until(() -> {
            JsonNode r = json.readTree(http.getForObject("/api/residents/" + p.idNumber(), String.class));
            return StreamSupport.stream(r.get("items").spliterator(), false)
                    .anyMatch(i -> i.get("code").asText().equals("person.death_date")
                            && i.get("value").asText().equals(deathDate.toString()));
        });
        JsonNode death = item(json.readTree(http.getForObject("/api/residents/" + p.idNumber(), String.class)),
                "person.death_date");
        assertThat(death.get("source").get("connector").asText()).isEqualTo("public-security-hukou");
        assertThat(jdbc.queryForList("SELECT channel || ' ' || status || ' ' || received || '=' || accepted FROM batch "
                + "WHERE connector_id = 'public-security-hukou'", String.class)).containsExactly("jdbc-pull COMPLETED 1=1");
    }
}

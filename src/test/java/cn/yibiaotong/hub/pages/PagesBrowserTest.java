package cn.yibiaotong.hub.pages;

import static org.assertj.core.api.Assertions.assertThat;

import cn.yibiaotong.hub.samples.SyntheticIds;
import cn.yibiaotong.hub.testing.HubApiTest;
import cn.yibiaotong.hub.testing.TestAccounts;
import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * The pages in real headless Chromium against the whole hub: what a street-office clerk, a coordinator and a leader
 * do, checked against what the API says and what the store holds. Each test saves its page's screenshot.
 */
class PagesBrowserTest extends HubApiTest {

    static final Path ROSTER = Path.of("samples/street-roster/longquan-street-2026-11.xlsx");

    /** "tens of thousands of rows must not freeze the page" */
    static final int LARGE_ROWS = 20_000;

    private static Browser browser;

    @LocalServerPort
    int port;

    @TempDir
    Path temp;

    @BeforeEach
    void browser() throws Exception {
        if (browser == null) {
            browser = new Browser(port).signIn(TestAccounts.ADMIN, TestAccounts.ADMIN_PASSWORD);
        }
    }

    @AfterAll
    static void closeBrowser() throws Exception {
        if (browser != null) {
            PageTimings.write(browser.readyMs);
            browser.close();
            browser = null;
        }
    }

    @Test
    void uploadWithErrorsShowsTheReportTheRejectedRowsAndTheCorrectionFile() throws Exception {
        browser.open("/upload.html");
        assertThat(new Select(browser.find("#connector")).getFirstSelectedOption().getDomAttribute("value"))
                .isEqualTo("street-roster");

        choose(ROSTER);

        WebElement report = browser.find("#batch-report");
        String batchId = report.getDomAttribute("data-batch-id");
        JsonNode api = json.readTree(http.getForObject("/api/batches/" + batchId, String.class));
        assertThat(browser.text("#fig-received b")).isEqualTo("150");
        assertThat(browser.text("#fig-accepted b")).isEqualTo("148");
        assertThat(browser.text("#fig-rejected b")).isEqualTo("2");
        assertThat(browser.text("#fig-unchanged b")).isEqualTo("0");
        assertThat(browser.text("#status")).isEqualTo("已入库");
        assertThat(report.getText()).contains(api.get("message").asText());
        assertThat(browser.text("#cells-saved")).contains(api.get("cellsSaved").asText());
        // the rejected rows as the API gives them: row, column, value, reason
        browser.present("#rejections tbody tr");
        List<WebElement> rows = browser.driver.findElements(By.cssSelector("#rejections tbody tr"));
        assertThat(rows).hasSize(2);
        JsonNode rejections = json.readTree(http.getForObject("/api/batches/" + batchId + "/rejections", String.class))
                .get("rejections");
        for (int i = 0; i < 2; i++) {
            List<String> cells = rows.get(i).findElements(By.tagName("td")).stream().map(WebElement::getText).toList();
            JsonNode r = rejections.get(i);
            assertThat(cells).containsExactly(r.get("row").asText(), r.get("column").asText(), r.get("value").asText(),
                    r.get("reason").asText());
        }
        assertThat(rows.get(0).getText()).contains("公民身份号码").contains("5.10112E+17");
        // the correction file behind the button, fetched by the page's own session
        String href = browser.find("#correction-file").getDomAttribute("href");
        String fromPage = (String) browser.asyncScript(
                "fetch(arguments[0]).then(r => r.text()).then(arguments[arguments.length - 1])", href);
        assertThat(lines(fromPage)).isEqualTo(lines(http.getForObject(href, String.class)));
        assertThat(fromPage).contains("错误原因").contains("5.10112E+17");
        assertThat(store.residents()).isEqualTo(148);
        browser.screenshot("upload");
    }

    @Test
    void aLargeRosterShowsACheckingPhaseWhileThePageStaysResponsive() throws Exception {
        Path csv = temp.resolve("大花名册.csv");
        StringBuilder rows = new StringBuilder("姓名,公民身份号码,所属社区\n");
        for (int i = 0; i < LARGE_ROWS; i++) {
            rows.append("居民").append(i).append(',')
                    .append(SyntheticIds.of("510112", LocalDate.of(1950, 1, 1).plusDays(i / 400), i % 2 == 0, i % 400))
                    .append(",滨河花园社区\n");
        }
        Files.writeString(csv, rows, StandardCharsets.UTF_8);
        browser.open("/upload.html");
        browser.find("#dry-run").click();

        choose(csv);

        browser.wait.until(d -> "checking".equals(d.findElement(By.tagName("body")).getDomAttribute("data-phase"))
                || "done".equals(d.findElement(By.tagName("body")).getDomAttribute("data-phase")));
        long before = System.nanoTime();
        browser.script("return document.getElementById('phase').textContent");
        assertThat((System.nanoTime() - before) / 1_000_000).as("the page answers while the hub checks").isLessThan(1000);
        new WebDriverWait(browser.driver, Duration.ofSeconds(90)).until(d -> "done".equals(
                d.findElement(By.tagName("body")).getDomAttribute("data-phase")));
        assertThat(browser.present("body").getDomAttribute("data-phases")).isEqualTo("sending checking done");
        assertThat(browser.text("#status")).isEqualTo("试运行");
        assertThat(browser.text("#fig-received b")).isEqualTo(String.format(java.util.Locale.ROOT, "%,d", LARGE_ROWS));
        assertThat(browser.text("#fig-accepted b")).isEqualTo(String.format(java.util.Locale.ROOT, "%,d", LARGE_ROWS));
        assertThat(store.residents()).isZero();
    }

    @Test
    void aFileThatIsNotASpreadsheetIsRefusedOnThePageAndNothingIsSent() throws Exception {
        Path notes = Files.writeString(temp.resolve("会议记录.txt"), "不是花名册", StandardCharsets.UTF_8);
        browser.open("/upload.html");

        choose(notes);

        assertThat(browser.text("#error .error"))
                .isEqualTo("文件“会议记录.txt”不是 XLSX 或 CSV。请另存为 .xlsx 或 .csv 后再上传。");
        assertThat(store.count("SELECT COUNT(*) FROM batch")).isZero();
        assertThat(store.residents()).isZero();
    }

    @Test
    void aRosterWithoutItsRequiredColumnsShowsTheHubsMessageAndStoresNothing() throws Exception {
        Path csv = Files.writeString(temp.resolve("缺列.csv"), "姓名,性别\n张三,男\n", StandardCharsets.UTF_8);
        browser.open("/upload.html");

        choose(csv);

        String shown = browser.text("#error .error");
        String batchId = jdbc.queryForObject("SELECT id FROM batch", String.class);
        JsonNode api = json.readTree(http.getForObject("/api/batches/" + batchId, String.class));
        assertThat(api.get("status").asText()).isEqualTo("FAILED");
        assertThat(shown).isEqualTo("文件无法读取：" + api.get("message").asText());
        assertThat(shown).contains("公民身份号码").contains("所属社区");
        assertThat(store.residents()).isZero();
    }

    @Test
    void aClerkFindsAResidentByNameAndSeesEveryItemWithItsSource() throws Exception {
        assertThat(uploads.upload("street-roster", ROSTER, false).getStatusCode()).isEqualTo(HttpStatus.CREATED);
        Map<String, Object> someone = jdbc.queryForMap("""
                SELECT name, id_number FROM resident r WHERE (SELECT COUNT(*) FROM resident o WHERE o.name = r.name) = 1
                  AND EXISTS (SELECT 1 FROM v_resident_record v WHERE v.resident_id = r.id
                              AND v.item_values LIKE '%"household.number"%')
                ORDER BY id_number FETCH FIRST 1 ROWS ONLY""");
        String name = (String) someone.get("NAME");
        String id = (String) someone.get("ID_NUMBER");

        browser.open("/residents.html");
        browser.find("#q-name").sendKeys(name);
        browser.find("#search button[type=submit]").click();
        browser.wait.until(ExpectedConditions.textToBe(By.id("result-count"), "共 1 人"));
        browser.screenshot("residents");
        browser.find("#result-table a.resident-link").click();
        browser.awaitReady("/resident.html");

        assertThat(browser.text("#id-number")).isEqualTo(id);
        WebElement nameRow = browser.find("#items tr[data-item='person.name']");
        assertThat(nameRow.getText()).contains(name).contains("街道一表通花名册");
        JsonNode view = json.readTree(http.getForObject("/api/residents/" + id, String.class));
        assertThat(browser.driver.findElements(By.cssSelector("#items tbody tr"))).hasSize(view.get("items").size());
        // the household: everyone the API lists under the same 户号, the resident among them
        String household = item(view, "household.number").get("value").asText();
        JsonNode members = json.readTree(http.getForObject("/api/residents?item=household.number&value=" + household,
                String.class)).get("content");
        assertThat(browser.driver.findElements(By.cssSelector("#household li"))).hasSize(members.size());
        assertThat(browser.text("#household")).contains(name).contains(household);
        browser.screenshot("resident");
    }

    @Test
    void theDivisionTreeNarrowsTheSearchToOneCommunity() throws Exception {
        uploads.upload("street-roster", ROSTER, false);
        String community = "510112001001";
        long expected = store.count("SELECT COUNT(*) FROM resident WHERE community_code = ?", community);

        browser.open("/residents.html");
        browser.find("#tree summary a[data-code='510112001000']").click();
        browser.wait.until(ExpectedConditions.textToBe(By.id("q-division"), "范围：龙泉街道"));
        browser.script("document.querySelector(\"#tree a[data-code='510112001000']\").closest('details').open = true");
        browser.find("#tree a[data-code='" + community + "']").click();

        browser.wait.until(ExpectedConditions.textToBe(By.id("result-count"), "共 " + expected + " 人"));
        assertThat(expected).isPositive();
        assertThat(browser.driver.findElements(By.cssSelector("#result-table tbody tr")))
                .allSatisfy(tr -> assertThat(tr.getText()).contains("滨河花园社区居委会"));
    }

    @Test
    void aCoordinatorMovesACaseOneStepFromItsPage() throws Exception {
        long id = newCase("3 栋电梯停运三天");

        browser.open("/cases.html");
        assertThat(browser.text("#case-table tbody")).contains("3 栋电梯停运三天");
        browser.screenshot("cases");
        browser.open("/case.html?id=" + id);
        assertThat(browser.text("#step")).isEqualTo("分类建账");
        browser.find("#next-steps button[data-to='leader-review']").click();
        browser.find("#move-actor").clear();
        browser.find("#move-actor").sendKeys("王芳");
        assertThat(new Select(browser.find("#move-role")).getFirstSelectedOption().getText()).isEqualTo("治理协调员");
        browser.find("#move-comment").sendKeys("已分类建账，请书记阅批");
        browser.find("#move-submit").click();

        browser.wait.until(d -> "leader-review".equals(d.findElement(By.tagName("body")).getDomAttribute("data-step")));
        assertThat(browser.text("#step")).isEqualTo("书记阅批");
        assertThat(browser.text("#history")).contains("从“分类建账”转到“书记阅批”").contains("王芳");
        JsonNode stored = json.readTree(http.getForObject("/api/cases/" + id, String.class));
        assertThat(stored.get("step").asText()).isEqualTo("leader-review");
        JsonNode move = stored.get("history").get(stored.get("history").size() - 1);
        assertThat(move.get("actor").asText()).isEqualTo("王芳");
        assertThat(move.get("role").asText()).isEqualTo("coordinator");
        assertThat(move.get("comment").asText()).isEqualTo("已分类建账，请书记阅批");
        // the next steps now are the secretary's
        assertThat(browser.find("#next-steps button[data-to='accept']").getText()).isEqualTo("受理告知");
        browser.screenshot("case");
    }

    @Test
    void theDashboardDrawsItsChartsFromTheApi() throws Exception {
        // two streets' rosters and the hotline's work orders, so every chart has several bars
        uploads.upload("street-roster", ROSTER, false);
        uploads.upload("street-roster", Path.of("samples/street-roster/damian-street-2026-11-gbk.csv"), false);
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        assertThat(http.postForEntity("/api/inbound/hotline-12345", new HttpEntity<>(Files.readString(
                Path.of("samples/hotline-12345/hotline-2026-11-20.json")), headers), String.class).getStatusCode())
                .isEqualTo(HttpStatus.CREATED);
        newCase("路灯不亮");
        JsonNode perCommunity = json.readTree(http.getForObject("/api/dashboard/residents-per-community", String.class));

        browser.open("/dashboard.html");

        for (String chart : List.of("chart-residents", "chart-freshness", "chart-department", "chart-street", "chart-overdue")) {
            assertThat(browser.present("#" + chart + " canvas").getSize().getHeight()).as(chart).isPositive();
            assertThat(Integer.parseInt(browser.present("#" + chart).getDomAttribute("data-points"))).as(chart).isPositive();
        }
        @SuppressWarnings("unchecked")
        List<Number> drawn = (List<Number>) browser.script(
                "return echarts.getInstanceByDom(document.getElementById('chart-residents')).getOption().series[0].data");
        assertThat(drawn.stream().map(Number::longValue).toList())
                .isEqualTo(perCommunity.findValues("residents").stream().map(JsonNode::asLong).toList());
        browser.screenshot("dashboard");
    }

    @Test
    void homeConnectorsAndTheEnglishLabels() throws Exception {
        uploads.upload("street-roster", ROSTER, false);
        browser.open("/");
        browser.screenshot("home");
        browser.open("/connectors.html");
        assertThat(browser.text("#connector-table tr[data-connector='street-roster']")).contains("150 = 148 + 2 + 0");
        browser.screenshot("connectors");

        browser.find("#lang").click();
        browser.awaitReady("/connectors.html");
        assertThat(browser.text("h1")).isEqualTo("Connectors and deliveries");
        assertThat(browser.text("header.top nav")).contains("Residents");
        browser.find("#lang").click();
        browser.awaitReady("/connectors.html");
        assertThat(browser.text("h1")).isEqualTo("连接器与报送");
    }

    @Test
    void signInWithAWrongPasswordIsRefusedInChineseThenTheRightOneShowsTheAccountsScope() throws Exception {
        as("community");
        try (Browser other = new Browser(port)) {
            other.open("/upload.html");
            // not signed in: the page sends the browser to the sign-in page
            other.wait.until(d -> d.getCurrentUrl().contains("/login.html"));
            other.awaitReady("/login.html");
            other.screenshot("login");
            other.find("#username").sendKeys("community");
            other.find("#password").sendKeys("wrong-password");
            other.find("#submit").click();
            assertThat(other.text("#message .error")).isEqualTo("用户名或密码不正确，请重新输入。");

            other.signIn("community", "community-test");

            assertThat(other.text("#facts")).contains("社区工作人员").contains("滨河花园社区居委会（510112001001）")
                    .contains("street-roster");
            assertThat(other.text("#who")).contains("滨河花园社区居委会");
            other.find("#signout").click();
            other.wait.until(d -> d.getCurrentUrl().contains("/login.html?logout"));
            assertThat(other.text("#message .notice")).isEqualTo("已退出登录。");
        }
    }

    @Test
    void aCommunityAccountSeesOnlyItsOwnCommunity() throws Exception {
        uploads.upload("street-roster", ROSTER, false);
        as("community");
        String own = TestAccounts.COMMUNITY;
        long ownResidents = store.count("SELECT COUNT(*) FROM resident WHERE community_code = ?", own);
        try (Browser community = new Browser(port)) {
            community.signIn("community", "community-test");

            community.open("/residents.html");
            // the tree starts at the community; the search lists its residents only
            assertThat(community.driver.findElements(By.cssSelector("#tree > ul > li > details > summary a"))
                    .stream().map(a -> a.getDomAttribute("data-code")).toList()).containsExactly(own);
            assertThat(community.text("#tree")).doesNotContain("长柏路");
            community.find("#search button[type=submit]").click();
            community.wait.until(ExpectedConditions.textToBe(By.id("result-count"), "共 " + ownResidents + " 人"));
            assertThat(community.driver.findElements(By.cssSelector("#result-table tbody tr")))
                    .allSatisfy(tr -> assertThat(tr.getText()).contains("滨河花园社区居委会"));

            // the dashboard's figures are the community's
            community.open("/dashboard.html");
            @SuppressWarnings("unchecked")
            List<Number> drawn = (List<Number>) community.script(
                    "return echarts.getInstanceByDom(document.getElementById('chart-residents')).getOption().series[0].data");
            assertThat(drawn.stream().map(Number::longValue).toList()).containsExactly(ownResidents);

            // another community's resident, asked for by ID in the address: not shown
            String other = jdbc.queryForObject("SELECT id_number FROM resident WHERE community_code <> ?"
                    + " AND id_number IS NOT NULL FETCH FIRST 1 ROWS ONLY", String.class, own);
            community.open("/resident.html?id=" + other);
            assertThat(community.text("#error .error")).contains("居民不存在");
            assertThat(community.driver.findElements(By.id("items"))).isEmpty();

            community.open("/residents.html");
            community.screenshot("community-scope");
        }
    }

    /** A CSV's lines without the byte-order mark, whatever the line ends. */
    private static List<String> lines(String csv) {
        return csv.replace("\uFEFF", "").lines().toList();
    }

    /** Puts a file into the page's file input, as choosing it in the dialog does. */
    private void choose(Path file) {
        WebElement input = browser.present("#file");
        browser.script("arguments[0].hidden = false", input);
        input.sendKeys(file.toAbsolutePath().toString());
        browser.script("arguments[0].hidden = true", input);
    }

    private long newCase(String title) throws Exception {
        ResponseEntity<String> created = http.postForEntity("/api/cases", json.readTree("""
                {"matter": "001", "title": "%s", "description": "老人无法下楼",
                 "reporter": {"phone": "13880001234"}, "location": {"gridCode": "510112001001002"}}""".formatted(title)),
                String.class);
        assertThat(created.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        return json.readTree(created.getBody()).get("caseId").asLong();
    }
}

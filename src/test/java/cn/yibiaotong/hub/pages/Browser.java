package cn.yibiaotong.hub.pages;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Debian's headless Chromium driven through its chromedriver (both installed by scripts/install-chromium.sh, which the
 * Maven build runs before the tests). A fresh profile each time; the flags keep it off the closed network.
 */
final class Browser implements AutoCloseable {

    static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    /**
     * Where screenshots go: target/ by default, so a test run leaves the tracked README images alone;
     * {@code -Dhub.screenshots=docs/screenshots} refreshes them.
     */
    static final Path SCREENSHOTS = Path.of(System.getProperty("hub.screenshots", "target/screenshots"));

    final ChromeDriver driver;
    final WebDriverWait wait;
    private final Path profile;
    private final String base;
    /** page → milliseconds from navigation start until the page marked itself ready (data drawn) */
    final Map<String, Long> readyMs = new LinkedHashMap<>();

    Browser(int port) throws IOException {
        this("http://localhost:" + port);
    }

    Browser(String base) throws IOException {
        this.base = base;
        this.profile = Files.createTempDirectory("yibiaotong-chromium-");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-dev-shm-usage", "--user-data-dir=" + profile, "--window-size=1280,900", "--lang=zh-CN");
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile()).usingAnyFreePort().build();
        this.driver = new ChromeDriver(service, options);
        this.wait = new WebDriverWait(driver, Duration.ofSeconds(20));
    }

    /** Signs in through the login page, as a person does; lands on the home page. */
    Browser signIn(String username, String password) {
        driver.get(base + "/login.html");
        awaitReady("/login.html");
        find("#username").sendKeys(username);
        find("#password").sendKeys(password);
        find("#submit").click();
        wait.until(d -> d.getCurrentUrl().equals(base + "/"));
        return awaitReady("/");
    }

    /** Opens a page and waits until its script has drawn the data (body[data-ready]). */
    Browser open(String path) {
        driver.get(base + path);
        return awaitReady(path);
    }

    Browser awaitReady(String name) {
        wait.until(d -> "true".equals(d.findElement(By.tagName("body")).getDomAttribute("data-ready")));
        String ms = driver.findElement(By.tagName("body")).getDomAttribute("data-ready-ms");
        if (ms != null) {
            readyMs.put(name.replaceAll("\\?.*", ""), Long.parseLong(ms));
        }
        return this;
    }

    WebElement find(String css) {
        return wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(css)));
    }

    WebElement present(String css) {
        return wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(css)));
    }

    String text(String css) {
        return find(css).getText();
    }

    Object script(String js, Object... args) {
        return ((JavascriptExecutor) driver).executeScript(js, args);
    }

    /** Runs a script that calls its last argument (the callback) with the result, e.g. after a fetch. */
    Object asyncScript(String js, Object... args) {
        return ((JavascriptExecutor) driver).executeAsyncScript(js, args);
    }

    String url() {
        return driver.getCurrentUrl();
    }

    /** The whole page (up to 2400 px high) as {name}.png in {@link #SCREENSHOTS} (DevTools' full-page capture). */
    void screenshot(String name) throws IOException {
        long height = ((Number) script("return document.documentElement.scrollHeight")).longValue();
        Map<String, Object> shot = driver.executeCdpCommand("Page.captureScreenshot", Map.of("format", "png",
                "captureBeyondViewport", true, "clip", Map.of("x", 0, "y", 0, "width", 1280,
                        "height", Math.min(2400, height), "scale", 1)));
        Files.createDirectories(SCREENSHOTS);
        Files.write(SCREENSHOTS.resolve(name + ".png"), Base64.getDecoder().decode((String) shot.get("data")));
    }

    @Override
    public void close() throws IOException {
        try {
            driver.quit();
        } finally {
            try (var files = Files.walk(profile)) {
                files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }
}

package cn.yibiaotong.hub.pages;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * How long each page takes until its data is drawn, as the browser measures it (performance.now() when the page
 * marks itself ready). The browser tests write their figures to target/page-load-times.txt; {@link #main} measures
 * a running hub, e.g. the demo: {@code ./mvnw -q test-compile exec:java -Dexec.classpathScope=test
 * -Dexec.mainClass=cn.yibiaotong.hub.pages.PageTimings -Dexec.args="http://localhost:8080 admin admin-demo"}.
 */
final class PageTimings {

    static final Path FILE = Path.of("target/page-load-times.txt");
    static final List<String> PAGES = List.of("/", "/upload.html", "/residents.html",
            "/resident.html?id=510112193705229193", "/cases.html", "/case.html?id=1", "/dashboard.html",
            "/connectors.html");

    private PageTimings() {
    }

    static void write(Map<String, Long> readyMs) throws IOException {
        Files.createDirectories(FILE.getParent());
        Files.writeString(FILE, readyMs.entrySet().stream().map(e -> e.getKey() + "\t" + e.getValue() + " ms")
                .collect(Collectors.joining("\n", "", "\n")));
    }

    /** args: base URL, and a username and password when the hub asks for sign-in. Each page: 1 warm-up, median of 5. */
    public static void main(String[] args) throws Exception {
        try (Browser browser = new Browser(args[0])) {
            if (args.length >= 3) {
                browser.open("/login.html");
                browser.find("#username").sendKeys(args[1]);
                browser.find("#password").sendKeys(args[2]);
                browser.find("#submit").click();
                browser.wait.until(d -> !d.getCurrentUrl().contains("/login.html"));
            }
            Map<String, Long> median = new LinkedHashMap<>();
            for (String page : PAGES) {
                browser.open(page);
                List<Long> runs = new ArrayList<>();
                for (int i = 0; i < 5; i++) {
                    browser.open(page);
                    runs.add(browser.readyMs.get(page.replaceAll("\\?.*", "")));
                }
                runs.sort(null);
                median.put(page, runs.get(2));
                System.out.println(page + "\t" + runs.get(2) + " ms (runs " + runs + ")");
            }
        }
    }
}

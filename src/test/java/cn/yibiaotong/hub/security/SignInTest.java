package cn.yibiaotong.hub.security;

import static org.assertj.core.api.Assertions.assertThat;

import cn.yibiaotong.hub.testing.HubApiTest;
import com.fasterxml.jackson.databind.JsonNode;
import java.net.HttpCookie;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.http.client.ClientHttpRequestFactorySettings;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

/** The ways in: form login with CSRF for the pages, HTTP Basic, tokens and connector keys for programs. */
class SignInTest extends HubApiTest {

    @Autowired
    ApiKeys keys;

    /** A browser's view of redirects: the test looks at each 302 itself. */
    private TestRestTemplate browser() {
        return anonymous.withRedirects(ClientHttpRequestFactorySettings.Redirects.DONT_FOLLOW);
    }

    @Test
    void anonymousApiCallIsAnswered401ProblemInChinese() throws Exception {
        ResponseEntity<String> r = anonymous.getForEntity("/api/residents", String.class);
        assertThat(r.getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
        assertThat(r.getHeaders().getContentType()).isEqualTo(MediaType.parseMediaType("application/problem+json;charset=UTF-8"));
        assertThat(r.getHeaders().getFirst("WWW-Authenticate")).startsWith("Bearer");
        JsonNode p = json.readTree(r.getBody());
        assertThat(p.get("detail").asText()).startsWith("访问此接口需要登录");
    }

    @Test
    void wrongPasswordIs401NamingTheCredentials() throws Exception {
        ResponseEntity<String> r = anonymous.withBasicAuth("test-admin", "wrong").getForEntity("/api/me", String.class);
        assertThat(r.getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
        assertThat(json.readTree(r.getBody()).get("detail").asText()).startsWith("用户名或密码错误");
    }

    @Test
    void healthAndApiDocsStayAnonymous() {
        assertThat(anonymous.getForEntity("/actuator/health", String.class).getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(anonymous.getForEntity("/v3/api-docs", String.class).getStatusCode()).isEqualTo(HttpStatus.OK);
    }

    @Test
    void pagesRedirectToTheLoginPage() {
        TestRestTemplate browser = browser();
        ResponseEntity<String> r = browser.getForEntity("/", String.class);
        assertThat(r.getStatusCode()).isEqualTo(HttpStatus.FOUND);
        assertThat(r.getHeaders().getLocation().getPath()).isEqualTo("/login.html");
    }

    @Test
    void meTellsRoleScopeAndWritableConnectors() throws Exception {
        JsonNode me = json.readTree(as("community").getForObject("/api/me", String.class));
        assertThat(me.get("username").asText()).isEqualTo("community");
        assertThat(me.get("role").asText()).isEqualTo("COMMUNITY_STAFF");
        assertThat(me.get("scope").get("division").asText()).isEqualTo("510112001001");
        assertThat(me.get("scope").get("name").asText()).isEqualTo("滨河花园社区居委会");
        assertThat(json.convertValue(me.get("writableConnectors"), List.class)).containsExactly("street-roster");

        JsonNode admin = json.readTree(http.getForObject("/api/me", String.class));
        assertThat(admin.get("role").asText()).isEqualTo("ADMIN");
        assertThat(admin.get("scope").get("name").asText()).isEqualTo("全部区划");
        assertThat(json.convertValue(admin.get("writableConnectors"), List.class))
                .contains("street-roster", "health-elderly-checks");

        JsonNode civil = json.readTree(as("civil").getForObject("/api/me", String.class));
        assertThat(civil.get("department").asText()).isEqualTo("civil-affairs");
    }

    @Test
    void formLoginNeedsTheCsrfCookieAndThenOpensASession() {
        TestRestTemplate browser = browser();
        // the login page's response sets the XSRF-TOKEN cookie (the page itself belongs to the web pages)
        ResponseEntity<String> page = browser.getForEntity("/login.html", String.class);
        HttpCookie xsrf = cookie(page, "XSRF-TOKEN");
        assertThat(xsrf).isNotNull();

        MultiValueMap<String, String> form = new LinkedMultiValueMap<>();
        form.add("username", "test-admin");
        form.add("password", "test-admin-secret");
        ResponseEntity<String> withoutToken = browser.postForEntity("/login", formEntity(form, null), String.class);
        assertThat(withoutToken.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);

        ResponseEntity<String> login = browser.postForEntity("/login", formEntity(form, xsrf), String.class);
        assertThat(login.getStatusCode()).isEqualTo(HttpStatus.FOUND);
        assertThat(login.getHeaders().getLocation().getPath()).isEqualTo("/");
        HttpCookie session = cookie(login, "JSESSIONID");

        HttpHeaders headers = new HttpHeaders();
        headers.add(HttpHeaders.COOKIE, session.toString());
        ResponseEntity<String> me = browser.exchange("/api/me", HttpMethod.GET, new HttpEntity<>(headers), String.class);
        assertThat(me.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(me.getBody()).contains("\"username\":\"test-admin\"");

        // a write from the page without the header is refused, with the header it passes the CSRF check
        headers.setContentType(MediaType.APPLICATION_JSON);
        ResponseEntity<String> noHeader = browser.exchange("/api/cases", HttpMethod.POST,
                new HttpEntity<>("{}", headers), String.class);
        assertThat(noHeader.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(noHeader.getBody()).contains("X-XSRF-TOKEN");
        HttpHeaders withToken = new HttpHeaders();
        // signing in replaces the token (no fixation); the next page's response carries the new cookie
        String token = cookie(me, "XSRF-TOKEN").getValue();
        assertThat(token).isNotEmpty().isNotEqualTo(xsrf.getValue());
        withToken.add(HttpHeaders.COOKIE, session + "; XSRF-TOKEN=" + token);
        withToken.add("X-XSRF-TOKEN", token);
        withToken.setContentType(MediaType.APPLICATION_JSON);
        ResponseEntity<String> ok = browser.exchange("/api/cases", HttpMethod.POST, new HttpEntity<>("{}", withToken),
                String.class);
        assertThat(ok.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    }

    @Test
    void failedFormLoginGoesBackToTheLoginPage() {
        TestRestTemplate browser = browser();
        ResponseEntity<String> page = browser.getForEntity("/login.html", String.class);
        MultiValueMap<String, String> form = new LinkedMultiValueMap<>();
        form.add("username", "test-admin");
        form.add("password", "nope");
        ResponseEntity<String> login = browser.postForEntity("/login", formEntity(form, cookie(page, "XSRF-TOKEN")),
                String.class);
        assertThat(login.getStatusCode()).isEqualTo(HttpStatus.FOUND);
        assertThat(login.getHeaders().getLocation().toString()).endsWith("/login.html?error");
    }

    @Test
    void connectorKeyAndPersonalTokenSignIn() throws Exception {
        String key = keys.issueForConnector("health-elderly-checks", "test", "test-admin").key();
        HttpHeaders h = new HttpHeaders();
        h.add("X-Api-Key", key);
        JsonNode me = json.readTree(anonymous.exchange("/api/me", HttpMethod.GET, new HttpEntity<>(h), String.class)
                .getBody());
        assertThat(me.get("role").asText()).isEqualTo("DEPARTMENT_SYSTEM");
        assertThat(me.get("username").asText()).isEqualTo("connector:health-elderly-checks");
        assertThat(json.convertValue(me.get("writableConnectors"), List.class)).containsExactly("health-elderly-checks");
        assertThat(store.count("SELECT COUNT(*) FROM api_key WHERE key_hash = ?", key)).isZero();

        // a department system may push, but not read residents
        ResponseEntity<String> residents = anonymous.exchange("/api/residents", HttpMethod.GET, new HttpEntity<>(h),
                String.class);
        assertThat(residents.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(json.readTree(residents.getBody()).get("detail").asText()).contains("无权使用此接口");

        String token = keys.issueForAccount("test-admin", "script", "test-admin").key();
        HttpHeaders bearer = new HttpHeaders();
        bearer.setBearerAuth(token);
        assertThat(anonymous.exchange("/api/me", HttpMethod.GET, new HttpEntity<>(bearer), String.class).getBody())
                .contains("\"username\":\"test-admin\"");
    }

    @Test
    void programsWithTheirOwnCredentialsGetNoCsrfCookiePagesDo() {
        String token = keys.issueForAccount("test-admin", "script", "test-admin").key();
        HttpHeaders bearer = new HttpHeaders();
        bearer.setBearerAuth(token);
        ResponseEntity<String> program = anonymous.exchange("/api/me", HttpMethod.GET, new HttpEntity<>(bearer),
                String.class);
        assertThat(program.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(cookie(program, "XSRF-TOKEN")).isNull();
        // a page (no credentials of its own) still gets its token with every response
        assertThat(cookie(browser().getForEntity("/login.html", String.class), "XSRF-TOKEN")).isNotNull();
        assertThat(cookie(browser().getForEntity("/api/me", String.class), "XSRF-TOKEN")).isNotNull();
    }

    @Test
    void aKeyStopsWorkingAtOnceWhenRevokedOrItsAccountChangesEvenRightAfterUse() throws Exception {
        String key = keys.issueForConnector("health-elderly-checks", "test", "test-admin").key();
        String keyId = jdbc.queryForObject("SELECT id FROM api_key WHERE connector_id = 'health-elderly-checks'"
                + " AND revoked_at IS NULL ORDER BY created_at DESC FETCH FIRST 1 ROW ONLY", String.class);
        HttpHeaders withKey = new HttpHeaders();
        withKey.add("X-Api-Key", key);
        assertThat(anonymous.exchange("/api/me", HttpMethod.GET, new HttpEntity<>(withKey), String.class)
                .getStatusCode()).isEqualTo(HttpStatus.OK);
        http.delete("/api/connectors/health-elderly-checks/keys/" + keyId);
        assertThat(anonymous.exchange("/api/me", HttpMethod.GET, new HttpEntity<>(withKey), String.class)
                .getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);

        // a personal token follows its account: a new role at once, nothing once the account is disabled
        HttpHeaders json = new HttpHeaders();
        json.setContentType(MediaType.APPLICATION_JSON);
        assertThat(http.exchange("/api/accounts/script-user", HttpMethod.PUT, new HttpEntity<>("{\"role\":\"ANALYST\","
                + "\"password\":\"a-long-secret\",\"division\":\"510112\"}", json), String.class).getStatusCode())
                .isEqualTo(HttpStatus.OK);
        HttpHeaders bearer = new HttpHeaders();
        bearer.setBearerAuth(keys.issueForAccount("script-user", "script", "test-admin").key());
        assertThat(anonymous.exchange("/api/me", HttpMethod.GET, new HttpEntity<>(bearer), String.class).getBody())
                .contains("\"role\":\"ANALYST\"");
        http.exchange("/api/accounts/script-user", HttpMethod.PUT, new HttpEntity<>("{\"role\":\"COMMUNITY_STAFF\","
                + "\"division\":\"510112001001\"}", json), String.class);
        assertThat(anonymous.exchange("/api/me", HttpMethod.GET, new HttpEntity<>(bearer), String.class).getBody())
                .contains("\"role\":\"COMMUNITY_STAFF\"");
        http.exchange("/api/accounts/script-user", HttpMethod.PUT, new HttpEntity<>("{\"role\":\"COMMUNITY_STAFF\","
                + "\"division\":\"510112001001\",\"enabled\":false}", json), String.class);
        assertThat(anonymous.exchange("/api/me", HttpMethod.GET, new HttpEntity<>(bearer), String.class)
                .getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
    }

    @Test
    void unknownKeyIs401NotAnonymous() throws Exception {
        HttpHeaders h = new HttpHeaders();
        h.add("X-Api-Key", "ybt_made-up");
        ResponseEntity<String> r = anonymous.exchange("/api/me", HttpMethod.GET, new HttpEntity<>(h), String.class);
        assertThat(r.getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
        assertThat(json.readTree(r.getBody()).get("detail").asText()).contains("API 密钥");
    }

    private static HttpEntity<MultiValueMap<String, String>> formEntity(MultiValueMap<String, String> form,
                                                                        HttpCookie xsrf) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_FORM_URLENCODED);
        if (xsrf != null) {
            headers.add(HttpHeaders.COOKIE, xsrf.toString());
            form = new LinkedMultiValueMap<>(form);
            form.add("_csrf", xsrf.getValue());
        }
        return new HttpEntity<>(form, headers);
    }

    private static HttpCookie cookie(ResponseEntity<?> response, String name) {
        List<String> setCookies = response.getHeaders().getOrDefault(HttpHeaders.SET_COOKIE, List.of());
        return setCookies.stream().flatMap(c -> HttpCookie.parse(c).stream()).filter(c -> c.getName().equals(name))
                .findFirst().orElse(null);
    }
}

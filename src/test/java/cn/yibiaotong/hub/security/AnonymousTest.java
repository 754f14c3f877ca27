package cn.yibiaotong.hub.security;


import cn.yibiaotong.hub.testing.HubApiTest;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * No endpoint under /api/ answers an anonymous caller with anything but 401: every mapping the application has is
 * tried, so an endpoint added later cannot slip through unprotected.
 */
class AnonymousTest extends HubApiTest {

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    @Test
    void everyApiEndpointIs401WithoutCredentials() {
        List<String> tried = new ArrayList<>();
        for (RequestMappingInfo info : mappings.getHandlerMethods().keySet()) {
            Set<RequestMethod> methods = info.getMethodsCondition().getMethods();
            for (String pattern : info.getPatternValues()) {
                if (!pattern.startsWith("/api/")) {
                    continue;
                }
                String path = pattern.replaceAll("\\{[^}]+}", "1");
                for (RequestMethod m : methods.isEmpty() ? Set.of(RequestMethod.GET) : methods) {
                    HttpHeaders h = new HttpHeaders();
                    h.setContentType(MediaType.APPLICATION_JSON);
                    ResponseEntity<String> r = anonymous.exchange(path, HttpMethod.valueOf(m.name()),
                            new HttpEntity<>("{}", h), String.class);
                    assertThat(r.getStatusCode()).as(m + " " + path).isEqualTo(HttpStatus.UNAUTHORIZED);
                    assertThat(r.getBody()).as(m + " " + path).contains("访问此接口需要登录");
                    tried.add(m + " " + path);
                }
            }
        }
        // the personal-data endpoints are among them: a broken scan would prove nothing
        assertThat(tried).contains("GET /api/residents/1", "GET /api/residents", "GET /api/changes",
                "GET /api/communities/1/residents.xlsx", "POST /api/uploads", "POST /api/inbound/1", "GET /api/audit",
                "GET /api/me");
        assertThat(store.count("SELECT COUNT(*) FROM batch")).isZero();
    }
}

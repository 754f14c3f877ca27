package cn.yibiaotong.hub.security;

import java.util.Map;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.observation.SecurityObservationSettings;
import org.springframework.security.config.web.PathPatternRequestMatcherBuilderFactoryBean;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.DelegatingPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.security.web.csrf.CookieCsrfTokenRepository;
import org.springframework.security.web.csrf.CsrfFilter;
import org.springframework.security.web.csrf.CsrfTokenRequestAttributeHandler;
import org.springframework.security.web.util.matcher.AntPathRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * Who may reach which URL. Fine-grained rules (scope, connectors, masking) live with the queries; here only the
 * coarse ones: the API needs a signed-in caller, department systems may only push, admin endpoints need ADMIN.
 */
@Configuration
public class SecurityConfiguration {

    /** Requests that carry their own credentials: no browser sends these headers by itself, so no CSRF token. */
    static final RequestMatcher CARRIES_CREDENTIALS = request -> request.getHeader("Authorization") != null
            || request.getHeader(ApiKeyFilter.HEADER) != null;

    /**
     * Where a forged cross-site request could act with a browser's ambient credentials: a change (not GET …) sent
     * with a session cookie, and sign-in and sign-out themselves. A request with neither session nor credentials is
     * simply anonymous, and is answered 401, not 403.
     */
    static final RequestMatcher NEEDS_CSRF_TOKEN = request -> CsrfFilter.DEFAULT_CSRF_MATCHER.matches(request)
            && !CARRIES_CREDENTIALS.matches(request)
            && (request.getRequestedSessionId() != null || request.getServletPath().equals("/login")
            || request.getServletPath().equals("/logout"));

    private static final String[] STAFF = {"ADMIN", "ANALYST", "COORDINATOR", "DEPARTMENT_CLERK", "STREET_STAFF",
            "COMMUNITY_STAFF"};

    @Bean
    SecurityFilterChain hubSecurity(HttpSecurity http, ApiKeys keys, ProblemResponses problems) throws Exception {
        RequestMatcher api = new AntPathRequestMatcher("/api/**");
        http.authorizeHttpRequests(a -> a
                        .requestMatchers("/actuator/health", "/actuator/health/**", "/v3/api-docs", "/v3/api-docs/**",
                                "/v3/api-docs.yaml", "/swagger-ui.html", "/swagger-ui/**", "/login.html", "/login",
                                "/error", "/favicon.ico", "/css/**", "/js/**", "/assets/**", "/images/**",
                                "/*.css", "/*.js", "/*.svg", "/*.png").permitAll()
                        // GeoReport v2 is a public standard API (its own api_key for POST, Open311Settings); the demo's
                        // stand-in for a department exists only in the demo profile
                        .requestMatchers("/open311/**", "/demo/**").permitAll()
                        .requestMatchers("/api/audit/**", "/api/accounts/**", "/actuator/**").hasRole("ADMIN")
                        // identity decisions move one person's data into another's file: the data steward's (admin's) call
                        .requestMatchers("/api/matches/**").hasRole("ADMIN")
                        .requestMatchers(HttpMethod.POST, "/api/residents/*/unmerge").hasRole("ADMIN")
                        .requestMatchers(HttpMethod.POST, "/api/connectors/*/keys").hasRole("ADMIN")
                        .requestMatchers(HttpMethod.DELETE, "/api/connectors/*/keys/*").hasRole("ADMIN")
                        .requestMatchers("/api/me", "/api/inbound/**", "/api/batches/**").authenticated()
                        .requestMatchers("/api/**").hasAnyRole(STAFF)
                        .anyRequest().authenticated())
                .formLogin(f -> f.loginPage("/login.html").loginProcessingUrl("/login")
                        .usernameParameter("username").passwordParameter("password")
                        .defaultSuccessUrl("/", true).failureUrl("/login.html?error").permitAll())
                .logout(l -> l.logoutUrl("/logout").logoutSuccessUrl("/login.html?logout")
                        .deleteCookies("JSESSIONID"))
                .httpBasic(b -> b.authenticationEntryPoint(problems))
                .exceptionHandling(e -> e
                        .defaultAuthenticationEntryPointFor(problems, api)
                        .defaultAuthenticationEntryPointFor(new LoginUrlAuthenticationEntryPoint("/login.html"),
                                request -> true)
                        .accessDeniedHandler(problems))
                .csrf(c -> c.csrfTokenRepository(CookieCsrfTokenRepository.withHttpOnlyFalse())
                        // the plain handler accepts the cookie's value as it is, in the header or the _csrf field
                        .csrfTokenRequestHandler(new CsrfTokenRequestAttributeHandler())
                        .requireCsrfProtectionMatcher(NEEDS_CSRF_TOKEN))
                .addFilterAfter(new CsrfCookieFilter(), CsrfFilter.class)
                .addFilterBefore(new ApiKeyFilter(keys, problems), BasicAuthenticationFilter.class);
        return http.build();
    }

    /**
     * URL rules matched as paths (PathPattern, as Spring MVC matches them) instead of asking Spring MVC's handler
     * mappings for each rule on each request: that look-up cost every API call several percent of its CPU.
     */
    @Bean
    static PathPatternRequestMatcherBuilderFactoryBean requestMatcherBuilder() {
        return new PathPatternRequestMatcherBuilderFactoryBean();
    }

    /**
     * No Micrometer observation around each security filter and each authorization decision: on every API call
     * they cost more CPU than the token check itself (bench/QUERIES-NOTES.md). Requests are still timed as a whole
     * ({@code http.server.requests}).
     */
    @Bean
    SecurityObservationSettings securityObservationSettings() {
        return SecurityObservationSettings.noObservations();
    }

    /**
     * BCrypt for passwords ({bcrypt} prefix, so the algorithm can change later). The strength is configurable
     * because tests sign in on every request; a stored hash keeps the cost it was made with.
     */
    @Bean
    PasswordEncoder passwordEncoder(@Value("${hub.security.bcrypt-strength:10}") int strength) {
        return new DelegatingPasswordEncoder("bcrypt", Map.of("bcrypt", new BCryptPasswordEncoder(strength)));
    }
}

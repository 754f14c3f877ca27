package cn.yibiaotong.hub.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Spring Security makes the CSRF token only when something reads it; static pages never do, so the XSRF-TOKEN
 * cookie would never be set. Reading it here sets the cookie on the first response (the login page's included).
 * A request that carries its own credentials (a token, a key) comes from a program, not a page: it needs no token,
 * and making one for each would cost every API call a random number and a cookie.
 */
final class CsrfCookieFilter extends OncePerRequestFilter {

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        CsrfToken token = (CsrfToken) request.getAttribute(CsrfToken.class.getName());
        if (token != null && !SecurityConfiguration.CARRIES_CREDENTIALS.matches(request)) {
            token.getToken();
        }
        chain.doFilter(request, response);
    }
}

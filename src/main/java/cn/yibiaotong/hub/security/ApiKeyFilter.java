package cn.yibiaotong.hub.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import java.util.Optional;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Signs in a request that presents an API key ({@code X-Api-Key}) or a token ({@code Authorization: Bearer}).
 * A presented but unknown key is answered 401 at once, never passed on as anonymous.
 */
public class ApiKeyFilter extends OncePerRequestFilter {

    public static final String HEADER = "X-Api-Key";

    private final ApiKeys keys;
    private final ProblemResponses problems;

    public ApiKeyFilter(ApiKeys keys, ProblemResponses problems) {
        this.keys = keys;
        this.problems = problems;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String presented = presented(request);
        if (presented == null) {
            chain.doFilter(request, response);
            return;
        }
        Optional<Caller> caller = presented.isBlank() ? Optional.empty() : keys.caller(presented.strip());
        if (caller.isEmpty()) {
            SecurityContextHolder.clearContext();
            problems.commence(request, response, new BadCredentialsException("unknown key"));
            return;
        }
        var auth = UsernamePasswordAuthenticationToken.authenticated(caller.get(), null,
                List.of(new SimpleGrantedAuthority(caller.get().role().authority())));
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(auth);
        SecurityContextHolder.setContext(context);
        try {
            chain.doFilter(request, response);
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    private static String presented(HttpServletRequest request) {
        String key = request.getHeader(HEADER);
        if (key != null) {
            return key;
        }
        String authorization = request.getHeader("Authorization");
        if (authorization != null && authorization.regionMatches(true, 0, "Bearer ", 0, 7)) {
            return authorization.substring(7);
        }
        return null;
    }
}

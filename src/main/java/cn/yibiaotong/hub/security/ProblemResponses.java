package cn.yibiaotong.hub.security;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.csrf.CsrfException;
import org.springframework.stereotype.Component;

/**
 * 401 and 403 from the security filters as RFC 9457 problem details with a Chinese detail, like every other error
 * of the API. The challenge is {@code Bearer}, not {@code Basic}: a browser would otherwise pop up its own password
 * dialog over the pages and then send cached credentials on its own (which would defeat the CSRF rule).
 */
@Component
public class ProblemResponses implements AuthenticationEntryPoint, AccessDeniedHandler {

    private final ObjectMapper json = new ObjectMapper();

    @Override
    public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException e)
            throws IOException {
        boolean presented = request.getHeader("Authorization") != null || request.getHeader(ApiKeyFilter.HEADER) != null;
        response.setHeader("WWW-Authenticate", "Bearer realm=\"yibiaotong\"");
        write(request, response, HttpStatus.UNAUTHORIZED, "未登录", presented
                ? "用户名或密码错误，或 API 密钥、令牌无效或已吊销。请检查后重试；密钥遗失请联系管理员重新签发。"
                : "访问此接口需要登录。网页请先登录；程序请用 HTTP Basic、Authorization: Bearer 令牌或 X-Api-Key 请求头。");
    }

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException e)
            throws IOException {
        if (e instanceof CsrfException) {
            write(request, response, HttpStatus.FORBIDDEN, "缺少 CSRF 令牌", "此请求缺少有效的 CSRF 令牌。网页请把 Cookie "
                    + "XSRF-TOKEN 的值放在请求头 X-XSRF-TOKEN（或表单字段 _csrf）中发送；程序请用 Authorization 或 X-Api-Key 认证。");
            return;
        }
        write(request, response, HttpStatus.FORBIDDEN, "无权访问", "当前账号的角色无权使用此接口（"
                + request.getMethod() + " " + request.getRequestURI() + "）。如确需使用，请联系管理员调整账号的角色。");
    }

    void write(HttpServletRequest request, HttpServletResponse response, HttpStatus status, String title,
               String detail) throws IOException {
        Map<String, Object> problem = new LinkedHashMap<>();
        problem.put("type", "about:blank");
        problem.put("title", title);
        problem.put("status", status.value());
        problem.put("detail", detail);
        problem.put("instance", request.getRequestURI());
        response.setStatus(status.value());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setCharacterEncoding("UTF-8");
        json.writeValue(response.getOutputStream(), problem);
    }
}

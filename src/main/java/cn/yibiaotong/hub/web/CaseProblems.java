package cn.yibiaotong.hub.web;

import cn.yibiaotong.hub.cases.CaseRejected;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * A refused intake or move of a case, answered as problem details with its Chinese detail and extra fields; and a
 * JSON body that cannot be read at all (or nests deeper than JsonLimits allows). Ordered before {@link ProblemAdvice}, whose catch-all would otherwise
 * answer both with a 500.
 */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
public class CaseProblems {

    @ExceptionHandler(HttpMessageNotReadableException.class)
    ProblemDetail unreadable(HttpMessageNotReadableException e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof StreamConstraintsException) {
                return ProblemAdvice.problem(HttpStatus.BAD_REQUEST, "请求体嵌套过深", "请求体的 JSON 嵌套超过 "
                        + JsonLimits.MAX_NESTING_DEPTH + " 层，未读取。请按接口文档（/swagger-ui.html）发送一两层的 JSON 对象。");
            }
        }
        return ProblemAdvice.problem(HttpStatus.BAD_REQUEST, "请求体无法读取",
                "请求体不是合法的 JSON，或某个字段的类型不对（例如应为文本却给了对象）。请检查后重新提交。");
    }

    @ExceptionHandler(CaseRejected.class)
    ProblemDetail rejected(CaseRejected e) {
        ProblemDetail p = ProblemDetail.forStatusAndDetail(status(e.kind()), e.getMessage());
        p.setTitle(e.title());
        e.properties().forEach(p::setProperty);
        return p;
    }

    static HttpStatus status(CaseRejected.Kind kind) {
        return switch (kind) {
            case INVALID -> HttpStatus.BAD_REQUEST;
            case NOT_FOUND -> HttpStatus.NOT_FOUND;
            case NOT_ALLOWED -> HttpStatus.CONFLICT;
            case FORBIDDEN -> HttpStatus.FORBIDDEN;
        };
    }
}

package cn.yibiaotong.hub.open311;

import cn.yibiaotong.hub.cases.CaseRejected;
import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.servlet.HandlerMapping;

/**
 * GeoReport v2 errors instead of the API's problem details: the spec's list of {@code code} and {@code description},
 * as {@code <errors><error>…</error></errors>} when the URL asked for xml, else as the JSON array.
 */
@RestControllerAdvice(assignableTypes = Open311Controller.class)
class Open311Errors {

    private final Open311Formats formats;

    Open311Errors(Open311Formats formats) {
        this.formats = formats;
    }

    @ExceptionHandler(Open311Failure.class)
    ResponseEntity<Object> failure(Open311Failure e, HttpServletRequest request) {
        return errors(request, e.status(), e.getMessage());
    }

    @ExceptionHandler(CaseRejected.class)
    ResponseEntity<Object> rejected(CaseRejected e, HttpServletRequest request) {
        return errors(request, e.kind() == CaseRejected.Kind.NOT_FOUND ? 404 : 400, e.getMessage());
    }

    @ExceptionHandler(MissingServletRequestParameterException.class)
    ResponseEntity<Object> missing(MissingServletRequestParameterException e, HttpServletRequest request) {
        return errors(request, 400, "缺少参数 " + e.getParameterName() + "（" + e.getParameterName() + " was not provided）。");
    }

    private ResponseEntity<Object> errors(HttpServletRequest request, int status, String description) {
        return formats.render(HttpStatus.valueOf(status), format(request), "errors", "error",
                List.of(new Open311Error(status, description)));
    }

    /** The extension the matched URL carried ({services,requests,requests/{id}}.{format}). */
    private static String format(HttpServletRequest request) {
        Object vars = request.getAttribute(HandlerMapping.URI_TEMPLATE_VARIABLES_ATTRIBUTE);
        return vars instanceof Map<?, ?> m && m.get("format") instanceof String f ? f : Open311Formats.JSON;
    }
}

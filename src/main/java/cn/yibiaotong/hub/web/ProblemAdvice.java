package cn.yibiaotong.hub.web;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.support.MissingServletRequestPartException;

/** Every error a caller can cause becomes problem details with a Chinese detail; nothing leaks a stack trace. */
@RestControllerAdvice
public class ProblemAdvice {

    private static final Logger LOG = LoggerFactory.getLogger(ProblemAdvice.class);

    @ExceptionHandler(ApiProblem.class)
    ProblemDetail apiProblem(ApiProblem e) {
        ProblemDetail p = ProblemDetail.forStatusAndDetail(e.status(), e.getMessage());
        p.setTitle(e.title());
        e.properties().forEach(p::setProperty);
        return p;
    }

    @ExceptionHandler(MissingServletRequestPartException.class)
    ProblemDetail missingPart(MissingServletRequestPartException e) {
        return problem(HttpStatus.BAD_REQUEST, "缺少文件", "请求中没有名为“" + e.getRequestPartName()
                + "”的文件。请用 multipart/form-data 上传，文件字段名为 file。");
    }

    @ExceptionHandler(MissingServletRequestParameterException.class)
    ProblemDetail missingParameter(MissingServletRequestParameterException e) {
        return problem(HttpStatus.BAD_REQUEST, "缺少参数", "缺少参数“" + e.getParameterName() + "”。");
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ProblemDetail typeMismatch(MethodArgumentTypeMismatchException e) {
        return problem(HttpStatus.BAD_REQUEST, "参数格式错误", "参数“" + e.getName() + "”的格式不正确。");
    }

    @ExceptionHandler(Exception.class)
    ResponseEntity<ProblemDetail> unexpected(Exception e) {
        var unavailable = Unavailable.classify(e);
        if (unavailable.isPresent()) {
            LOG.warn("request not served: {} ({})", unavailable.get().getTitle(), e.getClass().getSimpleName());
            return ResponseEntity.status(unavailable.get().getStatus())
                    .header(HttpHeaders.RETRY_AFTER, Unavailable.RETRY_AFTER_SECONDS).body(unavailable.get());
        }
        // exception messages can quote personal data (a driver echoing a row), so only the type and place are logged
        LOG.error("unexpected error {} at {}", e.getClass().getName(),
                e.getStackTrace().length > 0 ? e.getStackTrace()[0] : "unknown");
        return ResponseEntity.internalServerError().body(
                problem(HttpStatus.INTERNAL_SERVER_ERROR, "内部错误", "服务器内部错误，已记录。请稍后重试；如仍失败请联系管理员。"));
    }

    static ProblemDetail problem(HttpStatus status, String title, String detail) {
        ProblemDetail p = ProblemDetail.forStatusAndDetail(status, detail);
        p.setTitle(title);
        return p;
    }
}

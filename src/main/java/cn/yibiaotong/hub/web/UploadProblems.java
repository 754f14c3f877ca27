package cn.yibiaotong.hub.web;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.util.unit.DataSize;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.multipart.MaxUploadSizeExceededException;

/**
 * An upload over the size limit: 413 with the limit and the way out, in Chinese. Ordered before Spring Boot's own
 * problem-details handler, which would answer it first in English.
 */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
public class UploadProblems {

    private final DataSize maxUpload;

    public UploadProblems(@Value("${spring.servlet.multipart.max-file-size:1MB}") DataSize maxUpload) {
        this.maxUpload = maxUpload;
    }

    @ExceptionHandler(MaxUploadSizeExceededException.class)
    ProblemDetail tooLarge(MaxUploadSizeExceededException e) {
        return ProblemAdvice.problem(HttpStatus.PAYLOAD_TOO_LARGE, "文件过大", "上传的文件超过了允许的大小（"
                + maxUpload.toMegabytes() + " MB）。请拆分文件，或把文件放入连接器的投递文件夹由系统读取。");
    }
}

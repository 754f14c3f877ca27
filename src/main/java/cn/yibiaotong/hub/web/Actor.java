package cn.yibiaotong.hub.web;

import cn.yibiaotong.hub.resident.MergeRefused;
import java.security.Principal;
import org.springframework.http.HttpStatus;

/** Who is acting: the signed-in user's name when there is one, else "anonymous". */
final class Actor {

    private Actor() {
    }

    static String of(Principal principal) {
        return principal == null || principal.getName() == null || principal.getName().isBlank()
                ? "anonymous" : principal.getName();
    }

    static ApiProblem problem(MergeRefused e) {
        return e.kind() == MergeRefused.Kind.NOT_FOUND
                ? new ApiProblem(HttpStatus.NOT_FOUND, "不存在", e.getMessage())
                : new ApiProblem(HttpStatus.CONFLICT, "无法执行", e.getMessage());
    }
}

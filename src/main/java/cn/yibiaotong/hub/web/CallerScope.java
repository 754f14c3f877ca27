package cn.yibiaotong.hub.web;

import cn.yibiaotong.hub.security.Caller;
import cn.yibiaotong.hub.security.Callers;
import java.util.Optional;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;

/**
 * A requested division narrowed to the caller's scope, for the read-only endpoints the pages use: no division means
 * the caller's own; a division that contains the caller's (the district, for a community account) means the caller's
 * own; a division outside it is refused, whatever the parameter says.
 */
@Component
public class CallerScope {

    private final SearchParameters parameters;

    public CallerScope(SearchParameters parameters) {
        this.parameters = parameters;
    }

    /** @return the significant prefix to filter by, or null for every division */
    public String division(String requested) {
        String prefix = parameters.divisionPrefix(requested);
        Optional<Caller> caller = Callers.find();
        String scope = caller.map(Caller::division).orElse("");
        if (scope.isEmpty()) {
            return prefix;
        }
        if (prefix == null || scope.startsWith(prefix)) {
            return scope;
        }
        if (prefix.startsWith(scope)) {
            return prefix;
        }
        throw new ApiProblem(HttpStatus.FORBIDDEN, "超出数据范围", "区划 " + requested.strip() + " 不在您的数据范围（区划代码 "
                + scope + "）内。请选择本辖区内的街道、社区或网格。");
    }
}

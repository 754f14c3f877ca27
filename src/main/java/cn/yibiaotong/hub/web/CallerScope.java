package cn.yibiaotong.hub.web;

import org.springframework.stereotype.Component;

/**
 * A requested division for the read-only endpoints the pages use, held to the caller's scope by the same rule as
 * every other query (SearchParameters): no division means the caller's own; one inside it is taken; one outside it,
 * broader or elsewhere, is refused with 403.
 */
@Component
public class CallerScope {

    private final SearchParameters parameters;

    public CallerScope(SearchParameters parameters) {
        this.parameters = parameters;
    }

    /** @return the significant prefix to filter by, or null for every division */
    public String division(String requested) {
        return parameters.divisionPrefix(requested);
    }
}

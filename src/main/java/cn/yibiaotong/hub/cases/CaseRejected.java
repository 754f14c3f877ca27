package cn.yibiaotong.hub.cases;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A request about a case that the caller can fix: which field or move is wrong and what to do, in Chinese.
 * The web layer answers it as problem details (or, for Open311, the spec's error array).
 */
public class CaseRejected extends RuntimeException {

    /** How the caller got it wrong; the web layer picks the HTTP status from it. */
    public enum Kind { INVALID, NOT_FOUND, NOT_ALLOWED, FORBIDDEN }

    private final Kind kind;
    private final String title;
    private final Map<String, Object> properties = new LinkedHashMap<>();

    public CaseRejected(Kind kind, String title, String detail) {
        super(detail, null, false, false);
        this.kind = kind;
        this.title = title;
    }

    public CaseRejected with(String name, Object value) {
        properties.put(name, value);
        return this;
    }

    public Kind kind() {
        return kind;
    }

    public String title() {
        return title;
    }

    public Map<String, Object> properties() {
        return properties;
    }
}

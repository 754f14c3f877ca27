package cn.yibiaotong.hub.cases;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The matter list read from {@code config/matters.yaml}. */
public final class Matters {

    private final Map<String, Matter> byCode = new LinkedHashMap<>();

    public Matters(List<Matter> matters) {
        matters.forEach(m -> byCode.put(m.code(), m));
    }

    public Optional<Matter> find(String code) {
        return Optional.ofNullable(byCode.get(code));
    }

    public List<Matter> all() {
        return List.copyOf(byCode.values());
    }

    /** The codes, for a message that says what is allowed: 001（物业管理）、002（环境卫生）… */
    public String listing() {
        return String.join("、", byCode.values().stream().map(m -> m.code() + "（" + m.name() + "）").toList());
    }
}

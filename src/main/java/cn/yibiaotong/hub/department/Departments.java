package cn.yibiaotong.hub.department;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The departments read from {@code config/departments.yaml}. */
public final class Departments {

    private final Map<String, Department> byCode = new LinkedHashMap<>();

    public Departments(List<Department> departments) {
        departments.forEach(d -> byCode.put(d.code(), d));
    }

    public Optional<Department> find(String code) {
        return Optional.ofNullable(byCode.get(code));
    }

    public boolean contains(String code) {
        return byCode.containsKey(code);
    }

    public List<Department> all() {
        return List.copyOf(byCode.values());
    }
}

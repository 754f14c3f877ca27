package cn.yibiaotong.hub.cases;

import cn.yibiaotong.hub.configfile.ConfigFileReader;
import cn.yibiaotong.hub.department.Departments;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads and checks {@code config/matters.yaml} (schema {@code matters.schema.json}). The schema sees the shape;
 * here the meaning: unique codes, and departments that exist in the power list.
 */
public final class MattersLoader {

    static final String SCHEMA = "matters.schema.json";

    private MattersLoader() {
    }

    public static Matters load(Path file, Departments departments, Path schemasDir) {
        ConfigFileReader reader = ConfigFileReader.read(file, schemasDir.resolve(SCHEMA));
        List<Matter> matters = reader.bind(MattersFile.class).matters();
        Map<String, Integer> seen = new HashMap<>();
        for (int i = 0; i < matters.size(); i++) {
            Matter m = matters.get(i);
            Integer first = seen.putIfAbsent(m.code(), i);
            if (first != null) {
                throw reader.error("/matters/" + i + "/code", m.code(), "事项代码“" + m.code() + "”重复，第 "
                                + reader.lineOf("/matters/" + first + "/code") + " 行已经定义过（" + matters.get(first).name() + "）",
                        "每个事项只写一次：请删除重复的一项，或改用不同的代码");
            }
            checkDepartment(reader, departments, "/matters/" + i + "/department", m.department());
            checkDepartment(reader, departments, "/matters/" + i + "/escalateTo/department", m.escalateTo().department());
        }
        return new Matters(matters);
    }

    private static void checkDepartment(ConfigFileReader reader, Departments departments, String pointer, String code) {
        if (!departments.contains(code)) {
            throw reader.error(pointer, "部门“" + code + "”不在部门清单中",
                    "请改用 config/departments.yaml 中已有的部门代码（" + String.join("、",
                            departments.all().stream().map(d -> d.code()).toList()) + "），或先在该文件中添加这个部门");
        }
    }

    /** The file's shape; only {@link Matters} leaves this class. */
    record MattersFile(List<Matter> matters) {
    }
}

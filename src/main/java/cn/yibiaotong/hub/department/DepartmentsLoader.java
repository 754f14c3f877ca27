package cn.yibiaotong.hub.department;

import cn.yibiaotong.hub.configfile.ConfigFileReader;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Reads and checks {@code config/departments.yaml} (schema {@code departments.schema.json}). */
public final class DepartmentsLoader {

    static final String SCHEMA = "departments.schema.json";

    private DepartmentsLoader() {
    }

    /** Loads {@code file}, validated against the schema in {@link ConfigFileReader#DEFAULT_SCHEMAS_DIR}. */
    public static Departments load(Path file) {
        return load(file, ConfigFileReader.DEFAULT_SCHEMAS_DIR);
    }

    public static Departments load(Path file, Path schemasDir) {
        ConfigFileReader reader = ConfigFileReader.read(file, schemasDir.resolve(SCHEMA));
        List<Department> departments = reader.bind(DepartmentsFile.class).departments();
        Map<String, Integer> seen = new HashMap<>();
        for (int i = 0; i < departments.size(); i++) {
            Department d = departments.get(i);
            Integer first = seen.putIfAbsent(d.code(), i);
            if (first != null) {
                int firstLine = reader.lineOf("/departments/" + first + "/code");
                throw reader.error("/departments/" + i + "/code", d.code(),
                        "部门代码“" + d.code() + "”重复，第 " + firstLine + " 行已经定义过（"
                                + departments.get(first).name() + "）",
                        "每个部门只写一次：请删除重复的一项，或改用不同的代码");
            }
        }
        return new Departments(departments);
    }

    /** The file's shape; only {@link Departments} leaves this class. */
    record DepartmentsFile(List<Department> departments) {
    }
}

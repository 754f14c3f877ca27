package cn.yibiaotong.hub.security;

import cn.yibiaotong.hub.configfile.ConfigFileReader;
import cn.yibiaotong.hub.datalist.DataList;
import cn.yibiaotong.hub.department.Departments;
import cn.yibiaotong.hub.department.ReadGrant;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/** Reads and checks {@code config/access.yaml} (schema {@code access.schema.json}). */
public final class AccessLoader {

    static final String SCHEMA = "access.schema.json";

    private AccessLoader() {
    }

    public static PowerList load(Path file, Path schemasDir, DataList dataList,
                                 Departments departments) {
        ConfigFileReader reader = ConfigFileReader.read(file, schemasDir.resolve(SCHEMA));
        Map<Role, RoleGrant> roles = reader.bind(AccessFile.class).roles();
        // the schema knows the notation, not the data list: every code or family must name items that exist
        roles.forEach((role, grant) -> {
            check(reader, dataList, role, "sees", grant.sees());
            check(reader, dataList, role, "clear", grant.clear());
        });
        return new PowerList(roles, dataList, departments);
    }

    private static void check(ConfigFileReader reader, DataList dataList, Role role, String list, List<String> grants) {
        for (int i = 0; i < grants.size(); i++) {
            String grant = grants.get(i);
            if (grant.equals(RoleGrant.ALL) || grant.equals(RoleGrant.DEPARTMENT)) {
                continue;
            }
            boolean known = dataList.items().stream().anyMatch(item -> ReadGrant.covers(grant, item.code()));
            if (!known) {
                throw reader.error("/roles/" + role.name() + "/" + list + "/" + i, grant,
                        "数据清单中没有数据项“" + grant + "”" + (grant.endsWith(".*") ? "开头的数据项" : ""),
                        "请使用 schemas/data-list.yaml 中的数据项代码（如 person.phone）或一类数据项（如 welfare.*）");
            }
        }
    }

    /** The file's shape; only {@link PowerList} leaves this class. */
    record AccessFile(Map<Role, RoleGrant> roles) {
    }
}

package cn.yibiaotong.hub.security;

import cn.yibiaotong.hub.datalist.DataList;
import cn.yibiaotong.hub.department.Department;
import cn.yibiaotong.hub.department.Departments;
import cn.yibiaotong.hub.department.ReadGrant;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/** config/access.yaml as rules: for a caller, which items it sees and which sensitive ones in clear. */
public final class PowerList {

    private final Map<Role, RoleGrant> roles;
    private final DataList dataList;
    private final Departments departments;

    public PowerList(Map<Role, RoleGrant> roles, DataList dataList, Departments departments) {
        this.roles = Map.copyOf(roles);
        this.dataList = dataList;
        this.departments = departments;
    }

    public ItemAccess access(Caller caller) {
        RoleGrant grant = roles.getOrDefault(caller.role(), new RoleGrant(List.of(), List.of()));
        Department department = caller.department() == null ? null : departments.find(caller.department()).orElse(null);
        return new ItemAccess(matcher(grant.sees(), department), matcher(grant.clear(), department), dataList);
    }

    private static Predicate<String> matcher(List<String> grants, Department department) {
        return item -> grants.stream().anyMatch(g -> switch (g) {
            case RoleGrant.ALL -> true;
            case RoleGrant.DEPARTMENT -> department != null && department.mayRead(item);
            default -> ReadGrant.covers(g, item);
        });
    }
}

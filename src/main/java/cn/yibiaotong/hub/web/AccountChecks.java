package cn.yibiaotong.hub.web;

import cn.yibiaotong.hub.connector.ConnectorCatalog;
import cn.yibiaotong.hub.department.Departments;
import cn.yibiaotong.hub.division.DivisionCodes;
import cn.yibiaotong.hub.division.DivisionTree;
import cn.yibiaotong.hub.security.Caller;
import cn.yibiaotong.hub.security.Role;
import java.util.Arrays;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;

/** The fields of an account request, each checked with a Chinese answer naming the field and the fix. */
@Component
public class AccountChecks {

    private final DivisionTree divisions;
    private final Departments departments;
    private final ConnectorCatalog connectors;

    public AccountChecks(DivisionTree divisions, Departments departments, ConnectorCatalog connectors) {
        this.divisions = divisions;
        this.departments = departments;
        this.connectors = connectors;
    }

    void username(String username) {
        if (!username.matches("[a-z][a-z0-9._-]{1,63}")) {
            throw bad("用户名“" + username + "”不合要求：应以小写字母开头，只含小写字母、数字、点、下划线和连字符，2 到 64 个字符。");
        }
    }

    Role role(String role) {
        return Arrays.stream(Role.values()).filter(r -> r.name().equals(role)).findFirst().orElseThrow(() ->
                bad("role 应为以下之一：" + Arrays.toString(Role.values()) + "。"));
    }

    String division(String division) {
        if (division == null || division.isBlank()) {
            return "";
        }
        String prefix = DivisionCodes.toPrefix(division).orElseThrow(() -> bad("division“" + division
                + "”格式错误，应为 2、4、6、9 或 12 位数字的区划代码，如 510112001000。"));
        if (divisions.findByPrefix(prefix).isEmpty()) {
            throw bad("区划 " + division + " 不在本系统的区划表中。");
        }
        return prefix;
    }

    String department(Role role, String department) {
        boolean needed = role == Role.DEPARTMENT_CLERK;
        if (department == null || department.isBlank()) {
            if (needed) {
                throw bad("部门经办人（DEPARTMENT_CLERK）账号需要 department（部门代码），如 civil-affairs。");
            }
            return null;
        }
        if (!departments.contains(department.strip())) {
            throw bad("部门“" + department + "”不在 config/departments.yaml 中。");
        }
        return department.strip();
    }

    List<String> connectors(List<String> ids) {
        if (ids == null) {
            return List.of();
        }
        for (String id : ids) {
            if (!id.equals(Caller.ANY_CONNECTOR) && connectors.find(id).isEmpty()) {
                throw bad("writableConnectors 中的连接器“" + id + "”不存在。");
            }
        }
        return List.copyOf(ids);
    }

    private static ApiProblem bad(String detail) {
        return new ApiProblem(HttpStatus.BAD_REQUEST, "账号信息有误", detail);
    }
}

package cn.yibiaotong.hub.security;

/** What an account is for; decides which endpoints it may call. Which items it sees is in config/access.yaml. */
public enum Role {
    ADMIN("系统管理员"),
    ANALYST("数据分析员"),
    COORDINATOR("治理协调员"),
    DEPARTMENT_CLERK("部门经办人"),
    STREET_STAFF("街道工作人员"),
    COMMUNITY_STAFF("社区工作人员"),
    DEPARTMENT_SYSTEM("部门系统");

    private final String chineseName;

    Role(String chineseName) {
        this.chineseName = chineseName;
    }

    public String chineseName() {
        return chineseName;
    }

    /** The Spring Security authority of this role. */
    public String authority() {
        return "ROLE_" + name();
    }
}

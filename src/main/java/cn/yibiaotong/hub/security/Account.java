package cn.yibiaotong.hub.security;

import java.util.List;

/**
 * A signed-in user of the hub.
 *
 * @param division           significant prefix of the division the account may see ("" = every division)
 * @param department         department code (config/departments.yaml) for department roles, else null
 * @param writableConnectors connector ids the account may upload or push to; "*" = every connector
 * @param demoPassword       seeded by the demo profile with its documented password
 */
public record Account(String username, String displayName, Role role, String division, String department,
                      List<String> writableConnectors, boolean enabled, boolean demoPassword) {

    public Account {
        division = division == null ? "" : division;
        writableConnectors = writableConnectors == null ? List.of() : List.copyOf(writableConnectors);
    }

    /** What the account may do, as carried through a request. */
    public Caller caller() {
        return new Caller(username, displayName, role, division, department, writableConnectors);
    }
}

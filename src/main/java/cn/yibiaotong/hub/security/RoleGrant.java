package cn.yibiaotong.hub.security;

import java.util.List;

/**
 * One role's entry of config/access.yaml.
 *
 * @param sees  items shown at all: codes, families ({@code welfare.*}), {@code *}, or {@code department}
 * @param clear of those, the personal-sensitive items shown unmasked (same notation)
 */
public record RoleGrant(List<String> sees, List<String> clear) {

    public static final String ALL = "*";
    public static final String DEPARTMENT = "department";

    public RoleGrant {
        sees = sees == null ? List.of() : List.copyOf(sees);
        clear = clear == null ? List.of() : List.copyOf(clear);
    }
}

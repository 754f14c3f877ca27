package cn.yibiaotong.hub.security;

import java.util.List;

/**
 * Who is calling, and what they may reach: the principal of every authenticated request, whether it signed in
 * with a password, a personal token or a connector's API key.
 *
 * @param division           significant prefix of the division code the caller may see ("" = every division)
 * @param writableConnectors connector ids the caller may upload or push to; "*" = every connector
 */
public record Caller(String username, String displayName, Role role, String division, String department,
                     List<String> writableConnectors) {

    public static final String ANY_CONNECTOR = "*";

    public Caller {
        division = division == null ? "" : division;
        writableConnectors = writableConnectors == null ? List.of() : List.copyOf(writableConnectors);
    }

    public boolean mayWrite(String connectorId) {
        return writableConnectors.contains(ANY_CONNECTOR) || writableConnectors.contains(connectorId);
    }

    /** Whether a division code (12 digits, or a significant prefix) lies inside the caller's division. */
    public boolean covers(String divisionCode) {
        return division.isEmpty() || (divisionCode != null && divisionCode.startsWith(division));
    }
}

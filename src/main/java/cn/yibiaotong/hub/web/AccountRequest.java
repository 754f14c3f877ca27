package cn.yibiaotong.hub.web;

import java.util.List;

/**
 * An account as an administrator writes it (PUT /api/accounts/{username}).
 *
 * @param password           new password (at least 10 characters); required for a new account, kept when absent
 * @param division           division code of any level the account sees; blank for every division
 * @param department         department code, required for DEPARTMENT_CLERK
 * @param writableConnectors connector ids the account may upload or push to ("*" for every connector)
 */
public record AccountRequest(String displayName, String password, String role, String division, String department,
                             List<String> writableConnectors, Boolean enabled) {
}

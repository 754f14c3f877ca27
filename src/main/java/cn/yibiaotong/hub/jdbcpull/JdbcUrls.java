package cn.yibiaotong.hub.jdbcpull;

import java.util.regex.Pattern;

/** JDBC URLs as they may be shown to an operator: without parameters or user info, which can carry credentials. */
public final class JdbcUrls {

    private static final Pattern USER_INFO = Pattern.compile("//[^/@]*@");
    private static final Pattern ORACLE_USER = Pattern.compile("^(jdbc:oracle:[a-z]+:)[^@]*@");

    private JdbcUrls() {
    }

    public static String withoutCredentials(String url) {
        String shown = url;
        int parameters = indexOfAny(shown, ";?");
        if (parameters >= 0) {
            shown = shown.substring(0, parameters);
        }
        shown = USER_INFO.matcher(shown).replaceFirst("//");
        return ORACLE_USER.matcher(shown).replaceFirst("$1@");
    }

    private static int indexOfAny(String s, String chars) {
        for (int i = 0; i < s.length(); i++) {
            if (chars.indexOf(s.charAt(i)) >= 0) {
                return i;
            }
        }
        return -1;
    }
}

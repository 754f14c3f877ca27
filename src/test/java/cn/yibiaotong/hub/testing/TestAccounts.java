package cn.yibiaotong.hub.testing;

import cn.yibiaotong.hub.security.Account;
import cn.yibiaotong.hub.security.AccountStore;
import cn.yibiaotong.hub.security.Role;
import java.util.List;
import java.util.Map;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

/**
 * The accounts API tests act as: the same roles and scopes as the demo's accounts (龙泉街道, its 滨河花园社区, the
 * district), created on first use with the password {@code <username>-test}.
 */
@Component
public class TestAccounts {

    public static final String ADMIN = "test-admin";
    public static final String ADMIN_PASSWORD = "test-admin-secret";
    public static final String STREET = "510112001";
    public static final String COMMUNITY = "510112001001";
    public static final String OTHER_COMMUNITY = "510112001002";

    private static final Map<String, Account> ACCOUNTS = Map.of(
            "analyst", account("analyst", Role.ANALYST, "510112", null, List.of()),
            "coordinator", account("coordinator", Role.COORDINATOR, "510112", null, List.of("secretary-ledgers")),
            "street", account("street", Role.STREET_STAFF, STREET, null, List.of("street-roster", "secretary-ledgers")),
            "community", account("community", Role.COMMUNITY_STAFF, COMMUNITY, null, List.of("street-roster")),
            "other-community", account("other-community", Role.COMMUNITY_STAFF, OTHER_COMMUNITY, null,
                    List.of("street-roster")),
            "civil", account("civil", Role.DEPARTMENT_CLERK, "510112", "civil-affairs", List.of("civil-affairs-assistance")),
            "health", account("health", Role.DEPARTMENT_CLERK, "510112", "health", List.of()));

    private final AccountStore store;
    private final PasswordEncoder encoder;

    public TestAccounts(AccountStore store, PasswordEncoder encoder) {
        this.store = store;
        this.encoder = encoder;
    }

    /** Signed in as the bootstrap administrator. */
    public static TestRestTemplate admin(TestRestTemplate anonymous) {
        return anonymous.withBasicAuth(ADMIN, ADMIN_PASSWORD);
    }

    /** The Authorization header of the administrator, for tests that send requests without TestRestTemplate. */
    public static String adminAuthorization() {
        return "Basic " + java.util.Base64.getEncoder().encodeToString((ADMIN + ":" + ADMIN_PASSWORD)
                .getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }

    public TestRestTemplate as(TestRestTemplate anonymous, String username) {
        Account a = ACCOUNTS.get(username);
        if (a == null) {
            throw new IllegalArgumentException("no test account " + username + "; known: " + ACCOUNTS.keySet());
        }
        if (store.find(username).isEmpty()) {
            store.save(a, encoder.encode(username + "-test"));
        }
        return anonymous.withBasicAuth(username, username + "-test");
    }

    private static Account account(String username, Role role, String division, String department,
                                   List<String> writable) {
        return new Account(username, username, role, division, department, writable, true, false);
    }
}

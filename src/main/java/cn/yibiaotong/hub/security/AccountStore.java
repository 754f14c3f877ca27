package cn.yibiaotong.hub.security;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** The account table. Passwords arrive here already hashed; nothing here sees a clear password. */
@Component
public class AccountStore {

    private static final String COLUMNS = "username, display_name, role, division, department, writable_connectors, "
            + "enabled, demo_password";

    private final JdbcTemplate jdbc;
    private final SignedInCallers recent;

    public AccountStore(JdbcTemplate jdbc, SignedInCallers recent) {
        this.jdbc = jdbc;
        this.recent = recent;
    }

    public Optional<Account> find(String username) {
        return jdbc.query("SELECT " + COLUMNS + " FROM account WHERE username = ?", AccountStore::account, username)
                .stream().findFirst();
    }

    public Optional<String> passwordHash(String username) {
        return jdbc.queryForList("SELECT password_hash FROM account WHERE username = ?", String.class, username)
                .stream().findFirst();
    }

    public List<Account> all() {
        return jdbc.query("SELECT " + COLUMNS + " FROM account ORDER BY username", AccountStore::account);
    }

    public boolean anyDemoPassword() {
        Integer n = jdbc.queryForObject("SELECT COUNT(*) FROM account WHERE demo_password = TRUE", Integer.class);
        return n != null && n > 0;
    }

    /** Creates the account, or replaces everything about it (password included) when it exists. */
    public void save(Account a, String passwordHash) {
        OffsetDateTime now = OffsetDateTime.now();
        String writable = String.join(",", a.writableConnectors());
        int updated = jdbc.update("""
                UPDATE account SET display_name = ?, password_hash = ?, role = ?, division = ?, department = ?,
                    writable_connectors = ?, enabled = ?, demo_password = ?, updated_at = ?
                WHERE username = ?""", a.displayName(), passwordHash, a.role().name(), a.division(), a.department(),
                writable, a.enabled(), a.demoPassword(), now, a.username());
        if (updated == 0) {
            jdbc.update("INSERT INTO account (" + COLUMNS + ", password_hash, created_at, updated_at) "
                            + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", a.username(), a.displayName(), a.role().name(),
                    a.division(), a.department(), writable, a.enabled(), a.demoPassword(), passwordHash, now, now);
        }
        // the account's tokens now stand for the changed account (or for nobody, if it was disabled)
        recent.forgetAll();
    }

    private static Account account(ResultSet rs, int row) throws SQLException {
        String writable = rs.getString("writable_connectors");
        return new Account(rs.getString("username"), rs.getString("display_name"), Role.valueOf(rs.getString("role")),
                rs.getString("division"), rs.getString("department"),
                writable.isEmpty() ? List.of() : Arrays.asList(writable.split(",")), rs.getBoolean("enabled"),
                rs.getBoolean("demo_password"));
    }
}

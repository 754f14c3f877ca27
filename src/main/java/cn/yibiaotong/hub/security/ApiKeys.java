package cn.yibiaotong.hub.security;

import cn.yibiaotong.hub.connector.ConnectorCatalog;
import cn.yibiaotong.hub.connector.ConnectorDefinition;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.OffsetDateTime;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * API keys and personal tokens. A key is 256 random bits shown once when issued; only its SHA-256 is stored, which
 * is enough for a value that cannot be guessed (a slow password hash would only slow every push).
 */
@Component
public class ApiKeys {

    /** The user name audit and batches record for a connector's key. */
    public static final String CONNECTOR_PREFIX = "connector:";

    private static final SecureRandom RANDOM = new SecureRandom();

    private final JdbcTemplate jdbc;
    private final ConnectorCatalog connectors;
    private final AccountStore accounts;
    private final SignedInCallers recent;

    public ApiKeys(JdbcTemplate jdbc, ConnectorCatalog connectors, AccountStore accounts, SignedInCallers recent) {
        this.jdbc = jdbc;
        this.connectors = connectors;
        this.accounts = accounts;
        this.recent = recent;
    }

    /** A new key for a connector's department system; the clear key is returned once and never stored. */
    public IssuedKey issueForConnector(String connectorId, String label, String createdBy) {
        String key = "ybt_" + random();
        return store(key, connectorId, null, label, createdBy, false);
    }

    /** A new personal token for an account. */
    public IssuedKey issueForAccount(String username, String label, String createdBy) {
        String key = "ybt_" + random();
        return store(key, null, username, label, createdBy, false);
    }

    /** A documented key of the demo (README); any other profile refuses to start while one exists. */
    public void storeDemoKey(String connectorId, String key) {
        if (jdbc.queryForObject("SELECT COUNT(*) FROM api_key WHERE key_hash = ?", Integer.class, sha256(key)) == 0) {
            store(key, connectorId, null, "演示密钥", "demo", true);
        }
    }

    public boolean anyDemoKey() {
        return jdbc.queryForObject("SELECT COUNT(*) FROM api_key WHERE demo_key = TRUE AND revoked_at IS NULL",
                Integer.class) > 0;
    }

    /** Revokes a key of the connector; false when there is no such live key. */
    public boolean revoke(String connectorId, String keyId) {
        boolean revoked = jdbc.update("UPDATE api_key SET revoked_at = ? WHERE id = ? AND connector_id = ? AND revoked_at IS NULL",
                OffsetDateTime.now(), keyId, connectorId) == 1;
        recent.forgetAll();
        return revoked;
    }

    /** The caller a presented key stands for; empty for an unknown, revoked or orphaned key. */
    public Optional<Caller> caller(String presented) {
        return recent.caller(sha256(presented), this::lookUp);
    }

    private Optional<Caller> lookUp(String keyHash) {
        List<String[]> rows = jdbc.query(
                "SELECT connector_id, username FROM api_key WHERE key_hash = ? AND revoked_at IS NULL",
                (rs, n) -> new String[] {rs.getString(1), rs.getString(2)}, keyHash);
        if (rows.isEmpty()) {
            return Optional.empty();
        }
        String connectorId = rows.get(0)[0];
        String username = rows.get(0)[1];
        if (connectorId != null) {
            return connectors.find(connectorId).map(ApiKeys::connectorCaller);
        }
        return accounts.find(username).filter(Account::enabled).map(Account::caller);
    }

    private static Caller connectorCaller(ConnectorDefinition c) {
        return new Caller(CONNECTOR_PREFIX + c.id(), c.name(), Role.DEPARTMENT_SYSTEM, "", c.department(),
                List.of(c.id()));
    }

    private IssuedKey store(String key, String connectorId, String username, String label, String createdBy,
                            boolean demo) {
        String id = UUID.randomUUID().toString();
        jdbc.update("""
                INSERT INTO api_key (id, key_hash, connector_id, username, label, demo_key, created_by, created_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?)""", id, sha256(key), connectorId, username, label, demo, createdBy,
                OffsetDateTime.now());
        return new IssuedKey(id, key);
    }

    private static String random() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    static String sha256(String key) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(key.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    /** A key just issued: its id (to revoke it) and the clear key, shown to the issuer once. */
    public record IssuedKey(String id, String key) {
    }
}

package cn.yibiaotong.hub.testing;

import org.springframework.jdbc.core.JdbcTemplate;

/** Direct looks at the store, to prove what was and was not written. */
public final class HubStore {

    private final JdbcTemplate jdbc;

    public HubStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public JdbcTemplate jdbc() {
        return jdbc;
    }

    /**
     * Empties every table in foreign-key order; each test starts from an empty hub. The bootstrap administrator
     * stays (it is made at start-up and {@code http} signs in with it). The audit log refuses DELETE on PostgreSQL,
     * so there it is truncated, as only its owner can.
     */
    public void clear() {
        if (postgres()) {
            jdbc.execute("TRUNCATE TABLE audit_resident, audit_event");
        } else {
            jdbc.update("DELETE FROM audit_resident");
            jdbc.update("DELETE FROM audit_event");
        }
        jdbc.update("DELETE FROM api_key");
        jdbc.update("DELETE FROM account WHERE username <> ?", TestAccounts.ADMIN);
        for (String table : new String[] {"delivery_resident", "delivery", "case_link", "case_event", "hub_case", "match_review", "resident_alias", "resident_merge", "identity_features", "batch_row", "resident_conflict", "resident_record", "resident", "rejected_row", "batch_issue", "batch", "connector_state"}) {
            jdbc.update("DELETE FROM " + table);
        }
    }

    private boolean postgres() {
        return Boolean.TRUE.equals(jdbc.execute((java.sql.Connection c) ->
                c.getMetaData().getDatabaseProductName().toLowerCase().contains("postgres")));
    }

    public long residents() {
        return count("SELECT COUNT(*) FROM resident");
    }

    public long recordVersions() {
        return count("SELECT COUNT(*) FROM resident_record");
    }

    public long count(String sql, Object... args) {
        Long n = jdbc.queryForObject(sql, Long.class, args);
        return n == null ? 0 : n;
    }
}

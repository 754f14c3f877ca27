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

    /** Empties every table in foreign-key order; each test starts from an empty hub. */
    public void clear() {
        for (String table : new String[] {"delivery_resident", "delivery", "case_link", "case_event", "hub_case", "batch_row", "resident_conflict", "resident_record", "resident", "rejected_row", "batch_issue", "batch", "connector_state"}) {
            jdbc.update("DELETE FROM " + table);
        }
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

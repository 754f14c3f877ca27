package cn.yibiaotong.hub.identity;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;

/**
 * Writes the stored residents in bulk into the hub's own tables, as ingest would have left them: one resident row
 * (summary columns), one identity_features row with the values RecordPreparer made and the record's BlockingKeys,
 * each kind in its column, all under the connector that supplied them. Plain JDBC batches, committed
 * every 20,000 residents: the hub's ingest path writes far more (provenance, batches) and would take hours here.
 */
final class BenchResidents {

    static final String CONNECTOR = "public-security-hukou";
    private static final int COMMIT_EVERY = 20_000;

    private BenchResidents() {
    }

    /** The hub ID of generated person i: fixed, so that a second run finds the same residents. */
    static String residentId(int i) {
        return new UUID(0x1d_0000_0000_4000L, 0x8000_0000_0000_0000L | i).toString();
    }

    static int storedCount(DataSource ds) throws Exception {
        try (Connection c = ds.getConnection(); Statement s = c.createStatement();
             var rs = s.executeQuery("SELECT COUNT(*) FROM identity_features")) {
            rs.next();
            return rs.getInt(1);
        }
    }

    static void replace(DataSource ds, List<TruePerson> people, List<MatchRecord> prepared, boolean postgres)
            throws Exception {
        try (Connection c = ds.getConnection(); Statement s = c.createStatement()) {
            s.execute("DELETE FROM identity_features");
            s.execute("DELETE FROM resident");
        }
        Timestamp now = Timestamp.from(Instant.now());
        try (Connection c = ds.getConnection()) {
            c.setAutoCommit(false);
            PreparedStatement resident = c.prepareStatement("""
                    INSERT INTO resident (id, id_number, name, gender, birth_date, community_code, version, created_at,
                                          updated_at) VALUES (?, ?, ?, ?, ?, ?, 1, ?, ?)""");
            PreparedStatement features = c.prepareStatement("""
                    INSERT INTO identity_features (resident_id, connector_id, id_number, id_trusted, name, birth, gender,
                                                   phone, registered_address, residence_address, division, key_bd,
                                                   key_ny, key_nc, key_ph, key_ib)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""");
            for (int i = 0; i < people.size(); i++) {
                TruePerson p = people.get(i);
                MatchRecord r = prepared.get(i);
                String id = residentId(i);
                resident.setString(1, id);
                resident.setString(2, r.trustedId());
                resident.setString(3, p.name());
                resident.setString(4, r.gender());
                resident.setObject(5, p.birth());
                resident.setString(6, r.division());
                resident.setTimestamp(7, now);
                resident.setTimestamp(8, now);
                resident.addBatch();
                features.setString(1, id);
                features.setString(2, CONNECTOR);
                features.setString(3, r.anyId());
                features.setBoolean(4, r.idTrusted());
                features.setString(5, r.name() == null ? null : r.name().text());
                features.setInt(6, r.birth());
                features.setString(7, r.gender());
                features.setString(8, r.phone());
                features.setString(9, r.registeredAddress());
                features.setString(10, r.residenceAddress());
                if (r.division() == null) {
                    features.setNull(11, Types.VARCHAR);
                } else {
                    features.setString(11, r.division());
                }
                Long[] keys = BlockingKeys.byKind(r);
                for (int k = 0; k < keys.length; k++) {
                    if (keys[k] == null) {
                        features.setNull(12 + k, Types.BIGINT);
                    } else {
                        features.setLong(12 + k, keys[k]);
                    }
                }
                features.addBatch();
                if ((i + 1) % COMMIT_EVERY == 0 || i == people.size() - 1) {
                    resident.executeBatch();
                    features.executeBatch();
                    c.commit();
                    if ((i + 1) % 200_000 == 0) {
                        System.out.printf("  stored %,d residents%n", i + 1);
                    }
                }
            }
        }
        if (postgres) {
            try (Connection c = ds.getConnection(); Statement s = c.createStatement()) {
                s.execute("VACUUM ANALYZE resident");
                s.execute("VACUUM ANALYZE identity_features");
            }
        }
    }
}

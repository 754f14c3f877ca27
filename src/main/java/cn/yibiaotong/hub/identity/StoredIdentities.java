package cn.yibiaotong.hub.identity;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * The prepared comparison values of every current source record and its blocking keys (identity_features, keyed
 * by (resident, connector): one current record each, each kind of key in its own indexed column), so that an
 * incoming record is compared only with the few stored records that share a blocking key, without re-preparing
 * them. One row with five small index entries per record: the earlier table of one row per key cost a first
 * ingest twice the writing on H2 (bench/RESULTS.md).
 */
@Repository
public class StoredIdentities {

    /** A stored source record: the resident holding it, its connector and its prepared values. */
    public record Stored(String residentId, String connectorId, MatchRecord record) {
    }

    private static final String KEY_COLUMNS = Arrays.stream(BlockingKeys.Kind.values())
            .map(BlockingKeys.Kind::column).collect(Collectors.joining(", "));

    private final NamedParameterJdbcTemplate named;
    private final JdbcTemplate jdbc;

    public StoredIdentities(NamedParameterJdbcTemplate named) {
        this.named = named;
        this.jdbc = named.getJdbcTemplate();
    }

    /**
     * Residents filed under any of the keys, skipping keys shared by more than maxBlockSize records (a key
     * everybody shares tells nothing, and would make one lookup cost the whole district).
     */
    public Map<Long, List<String>> blocks(KeySet keys, int maxBlockSize) {
        return blocks(keys, maxBlockSize, "");
    }

    /** As {@link #blocks(KeySet, int)}, but only records without a trusted ID number. */
    public Map<Long, List<String>> untrustedBlocks(KeySet keys, int maxBlockSize) {
        return blocks(keys, maxBlockSize, " AND id_trusted = FALSE");
    }

    /** Whether any stored record lacks a trusted ID number (an indexed probe, V11). */
    public boolean anyUntrusted() {
        return !jdbc.queryForList("SELECT 1 FROM identity_features WHERE id_trusted = FALSE FETCH FIRST 1 ROWS ONLY",
                Integer.class).isEmpty();
    }

    private Map<Long, List<String>> blocks(KeySet keys, int maxBlockSize, String condition) {
        Map<Long, List<String>> out = new HashMap<>();
        if (keys.isEmpty()) {
            return out;
        }
        // one indexed look-up per kind of key; a key's kind is part of its hash, so the kinds' keys never meet
        List<String> selects = new ArrayList<>();
        MapSqlParameterSource params = new MapSqlParameterSource();
        keys.byKind().forEach((kind, values) -> {
            selects.add("SELECT %1$s, resident_id FROM identity_features WHERE %1$s IN (:%1$s)%2$s"
                    .formatted(kind.column(), condition));
            params.addValue(kind.column(), values);
        });
        named.query(String.join(" UNION ALL ", selects), params, rs -> {
            out.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(rs.getString(2));
        });
        out.values().removeIf(list -> list.size() > maxBlockSize);
        return out;
    }

    /**
     * The residents some current source record of which holds this phone number (normalised as ingest stores it):
     * one indexed look-up of its blocking key, not a scan of every record.
     */
    public List<String> residentsWithPhone(String phone) {
        return named.queryForList("""
                SELECT DISTINCT resident_id FROM identity_features WHERE key_ph = :key AND phone = :phone""",
                Map.of("key", BlockingKeys.phoneKey(phone), "phone", phone), String.class);
    }

    /** Every stored record of the given residents. */
    public Map<String, List<Stored>> recordsOf(Set<String> residentIds) {
        Map<String, List<Stored>> out = new HashMap<>();
        if (residentIds.isEmpty()) {
            return out;
        }
        named.query("SELECT * FROM identity_features WHERE resident_id IN (:ids)", Map.of("ids", residentIds), rs -> {
            String resident = rs.getString("resident_id");
            String connector = rs.getString("connector_id");
            MatchRecord r = new MatchRecord(connector, rs.getString("id_number"), rs.getBoolean("id_trusted"),
                    PersonName.of(rs.getString("name")), rs.getInt("birth"), rs.getString("gender"),
                    rs.getString("phone"), rs.getString("registered_address"), rs.getString("residence_address"),
                    rs.getString("division"));
            out.computeIfAbsent(resident, k -> new ArrayList<>()).add(new Stored(resident, connector, r));
        });
        return out;
    }

    /** Replaces the stored values and keys of each (resident, connector) given. */
    public void save(List<Stored> records) {
        save(records, Set.of());
    }

    /**
     * As {@link #save(List)}; residents in {@code created} were created in this same transaction and have nothing
     * stored yet, so theirs are only inserted (one DELETE per new resident less on a first ingest).
     */
    public void save(List<Stored> records, Set<String> created) {
        if (records.isEmpty()) {
            return;
        }
        List<Object[]> owners = records.stream().filter(s -> !created.contains(s.residentId()))
                .map(s -> new Object[] {s.residentId(), s.connectorId()}).toList();
        if (!owners.isEmpty()) {
            jdbc.batchUpdate("DELETE FROM identity_features WHERE resident_id = ? AND connector_id = ?", owners);
        }
        insert(jdbc, records);
    }

    /** Plain inserts of records' features and keys (a record already stored makes it fail). */
    static void insert(JdbcTemplate jdbc, List<Stored> records) {
        List<Object[]> rows = new ArrayList<>();
        for (Stored s : records) {
            MatchRecord r = s.record();
            Long[] keys = BlockingKeys.byKind(r);
            rows.add(new Object[] {s.residentId(), s.connectorId(), r.anyId(), r.idTrusted(),
                    r.name() == null ? null : r.name().text(), r.birth(), r.gender(), r.phone(), r.registeredAddress(),
                    r.residenceAddress(), r.division(), keys[0], keys[1], keys[2], keys[3], keys[4]});
        }
        jdbc.batchUpdate("""
                INSERT INTO identity_features (resident_id, connector_id, id_number, id_trusted, name, birth, gender, phone,
                                               registered_address, residence_address, division, %s)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""".formatted(KEY_COLUMNS), rows);
    }

    /** Moves the stored records of some connectors from one resident to another (a merge, or its undoing). */
    public void move(String from, String to, Collection<String> connectors) {
        Map<String, Object> p = Map.of("from", from, "to", to, "connectors", connectors);
        named.update("UPDATE identity_features SET resident_id = :to WHERE resident_id = :from AND connector_id IN (:connectors)", p);
    }
}

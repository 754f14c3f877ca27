package cn.yibiaotong.hub.identity;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Files in the blocking index every current source record that is not there: residents stored before V9 (a hub
 * upgraded from an earlier version) have resident_record rows but no identity_features / identity_block_key rows,
 * so a record without an ID number could never find them. Called by routes/identity-backfill.camel.yaml once at
 * start-up, one chunk per call, each chunk its own transaction. What is missing is read from the tables each time
 * (a current record without a features row), so a restart simply goes on where the last committed chunk ended.
 * Logs counts only, never values.
 */
@Component
public class IdentityBackfill {

    private static final Logger LOG = LoggerFactory.getLogger(IdentityBackfill.class);
    private static final TypeReference<Map<String, String>> VALUES = new TypeReference<>() { };

    private final NamedParameterJdbcTemplate jdbc;
    private final IngestResolver resolver;
    private final ObjectMapper json;
    private final TransactionTemplate transactions;
    private final int chunkSize;
    private final AtomicLong remaining = new AtomicLong(-1);
    private final AtomicLong filed = new AtomicLong();
    private String afterResident = "";
    private String afterConnector = "";

    public IdentityBackfill(NamedParameterJdbcTemplate jdbc, IngestResolver resolver,
                            ObjectMapper json, PlatformTransactionManager transactions,
                            @Value("${hub.identity.backfill-chunk-size:500}") int chunkSize) {
        this.jdbc = jdbc;
        this.resolver = resolver;
        this.json = json;
        this.transactions = new TransactionTemplate(transactions);
        this.chunkSize = chunkSize;
    }

    /** Counts the records to file and starts from the beginning; returns the count. */
    public long start() {
        afterResident = "";
        afterConnector = "";
        filed.set(0);
        Long missing = jdbc.queryForObject("SELECT COUNT(*) FROM resident_record s WHERE s.valid_to IS NULL AND "
                + MISSING, Map.of(), Long.class);
        remaining.set(missing == null ? 0 : missing);
        if (remaining.get() > 0) {
            LOG.info("identity backfill: {} current source records are not in the blocking index; filing them", remaining.get());
        }
        return remaining.get();
    }

    /** Files the next chunk in one transaction; returns how many records it looked at (0: done). */
    public int fileNextChunk() {
        List<Object[]> rows = jdbc.query("""
                SELECT s.resident_id, s.connector_id, s.item_values FROM resident_record s
                WHERE s.valid_to IS NULL AND (s.resident_id > :rid OR s.resident_id = :rid AND s.connector_id > :cid)
                  AND %s
                ORDER BY s.resident_id, s.connector_id FETCH FIRST :size ROWS ONLY""".formatted(MISSING),
                new MapSqlParameterSource("rid", afterResident).addValue("cid", afterConnector).addValue("size", chunkSize),
                (rs, n) -> new Object[] {rs.getString(1), rs.getString(2), rs.getString(3)});
        if (rows.isEmpty()) {
            if (filed.get() > 0) {
                LOG.info("identity backfill: done, {} source records filed", filed.get());
            }
            remaining.set(0);
            return 0;
        }
        List<StoredIdentities.Stored> records = new ArrayList<>();
        for (Object[] r : rows) {
            String connector = (String) r[1];
            records.add(new StoredIdentities.Stored((String) r[0], connector, resolver.prepare(connector, values((String) r[2]))));
        }
        try {
            transactions.executeWithoutResult(tx -> insert(records));
            filed.addAndGet(records.size());
            remaining.updateAndGet(n -> Math.max(0, n - records.size()));
        } catch (DuplicateKeyException ingestWroteThemFirst) {
            // ingest filed some of these records while this chunk ran; its values are the newer ones
            LOG.info("identity backfill: a chunk of {} met records ingest was filing; those are left to ingest", records.size());
        }
        Object[] last = rows.get(rows.size() - 1);
        afterResident = (String) last[0];
        afterConnector = (String) last[1];
        if (filed.get() % 50_000 < records.size()) {
            LOG.info("identity backfill: {} source records filed, about {} to go", filed.get(), remaining.get());
        }
        return rows.size();
    }

    /** Records still to file (-1 before the first count), for the health endpoint. */
    public long remaining() {
        return remaining.get();
    }

    public long filed() {
        return filed.get();
    }

    private static final String MISSING = """
            NOT EXISTS (SELECT 1 FROM identity_features f WHERE f.resident_id = s.resident_id
                        AND f.connector_id = s.connector_id)""";

    /** Plain inserts, not StoredIdentities.save: a row ingest wrote meanwhile must fail here, not be replaced. */
    private void insert(List<StoredIdentities.Stored> records) {
        StoredIdentities.insert(jdbc.getJdbcTemplate(), records);
    }

    private Map<String, String> values(String text) {
        try {
            return json.readValue(text, VALUES);
        } catch (java.io.IOException e) {
            throw new IllegalStateException("stored item values are not a JSON object", e);
        }
    }
}

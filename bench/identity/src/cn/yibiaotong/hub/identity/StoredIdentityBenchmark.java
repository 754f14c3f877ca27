package cn.yibiaotong.hub.identity;

import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;

/**
 * Resolution through the hub's database-backed path: {@code stored} generated residents in the hub's own tables
 * (resident, identity_features with its key columns; see BenchResidents), then {@code incoming} records without ID
 * numbers resolved by {@link IngestResolver#resolve} in chunks of 500 (ingest's hub.ingest.chunk-size), exactly as
 * ResidentMerger calls it: two thirds existing residents written with the default slips, one third new people.
 * Runs on an H2 file and on embedded PostgreSQL. Run: bench/identity/run.sh db [stored] [incoming].
 */
public final class StoredIdentityBenchmark {

    private static final int CHUNK = 500;
    private static final int WARM_UP_CHUNKS = 20;
    private static final String INCOMING = "health-elderly-checks";

    public static void main(String[] args) throws Exception {
        int stored = args.length > 0 ? Integer.parseInt(args[0]) : 1_000_000;
        int incoming = args.length > 1 ? Integer.parseInt(args[1]) : 50_000;
        String[] databases = (args.length > 2 ? args[2] : "h2,postgres").split(",");
        ((ch.qos.logback.classic.Logger) org.slf4j.LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME))
                .setLevel(ch.qos.logback.classic.Level.WARN);
        System.out.printf(Locale.ROOT, "load average at start %.1f%n", load());
        Random random = new Random(20261124L);
        ErrorRates rates = new ErrorRates();
        Path divisions = Path.of("config/divisions/longquanyi.csv");
        int fresh = (incoming + WARM_UP_CHUNKS * CHUNK) / 3 + 1;
        List<TruePerson> people = new TruePopulation(random, divisions, rates).build(stored + fresh);
        RecordPreparer preparer = new RecordPreparer(MatchEvaluation.communities(divisions), LocalDate.now());
        Slips slips = new Slips(random, rates);
        List<Map<String, String>> warm = new ArrayList<>();
        List<Integer> warmTruth = new ArrayList<>();
        List<Map<String, String>> batch = new ArrayList<>();
        List<Integer> truth = new ArrayList<>();
        int nextNew = stored;
        for (int i = 0; i < WARM_UP_CHUNKS * CHUNK + incoming; i++) {
            int who = i % 3 != 0 ? random.nextInt(stored) : nextNew++;
            (i < WARM_UP_CHUNKS * CHUNK ? warm : batch).add(incomingValues(people.get(who), slips));
            (i < WARM_UP_CHUNKS * CHUNK ? warmTruth : truth).add(who < stored ? who : -1);
        }
        MatchScorer scorer = MatchRulesLoader.load(Path.of("config/matching.yaml"));
        List<MatchRecord> prepared = null;
        for (String db : databases) {
            try (BenchStore store = BenchStore.open(db.trim())) {
                if (BenchResidents.storedCount(store.raw()) != stored) {
                    if (prepared == null) {
                        prepared = people.subList(0, stored).parallelStream()
                                .map(p -> preparer.prepare(p.truth(), storedValues(p))).toList();
                    }
                    long t = System.nanoTime();
                    BenchResidents.replace(store.raw(), people.subList(0, stored), prepared, store.isPostgres());
                    System.out.printf(Locale.ROOT, "%s: stored %,d residents in %.0f s%n", store.name, stored,
                            (System.nanoTime() - t) / 1e9);
                }
                NamedParameterJdbcTemplate jdbc = new NamedParameterJdbcTemplate(store.dataSource());
                IngestResolver resolver = new IngestResolver(scorer, new StoredIdentities(jdbc), jdbc);
                explain(store);
                run(store, resolver, warm, warmTruth, stored, null);
                run(store, resolver, batch, truth, stored, store.name);
            }
        }
        System.out.printf(Locale.ROOT, "load average at end %.1f%n", load());
    }

    private static void run(BenchStore store, IngestResolver resolver, List<Map<String, String>> records,
                            List<Integer> truth, int stored, String label) {
        var threads = ManagementFactory.getThreadMXBean();
        var os = (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        long statements = store.statements.get();
        long cpu = threads.getCurrentThreadCpuTime();
        long processCpu = os.getProcessCpuTime();
        double serverCpu = store.serverCpuSeconds();
        long start = System.nanoTime();
        Tally tally = new Tally();
        for (int from = 0; from < records.size(); from += CHUNK) {
            List<IngestResolver.Input> chunk = new ArrayList<>();
            for (int i = from; i < Math.min(records.size(), from + CHUNK); i++) {
                chunk.add(new IngestResolver.Input(i, records.get(i)));
            }
            ChunkResolution out = resolver.resolve(INCOMING, chunk);
            for (IngestResolver.Input in : chunk) {
                tally.count(out.outcomes.get(in.row()), truth.get((int) in.row()), stored);
            }
        }
        if (label == null) {
            return;
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        int chunks = (records.size() + CHUNK - 1) / CHUNK;
        System.out.printf(Locale.ROOT, "%s: %,d incoming records without ID in %d chunks of %d: %.1f s wall, "
                        + "%.0f records/s; thread CPU %.1f s, JVM CPU %.1f s, PostgreSQL server CPU %.1f s; "
                        + "%.1f queries per chunk; load average %.1f%n", label, records.size(), chunks, CHUNK, seconds,
                records.size() / seconds, (threads.getCurrentThreadCpuTime() - cpu) / 1e9,
                (os.getProcessCpuTime() - processCpu) / 1e9, store.serverCpuSeconds() - serverCpu, (double) (store.statements.get() - statements) / chunks,
                load());
        System.out.println("  " + tally);
    }

    /** The plans of StoredIdentities' three query forms, with the keys and residents of two stored people. */
    private static void explain(BenchStore store) throws Exception {
        String keys = BlockingKeys.hash("ph", "13800000000") + ", " + BlockingKeys.hash("ph", "13900000000");
        String ids = "'" + BenchResidents.residentId(1) + "', '" + BenchResidents.residentId(2) + "'";
        String[] queries = {
            "SELECT key_ph, resident_id FROM identity_features WHERE key_ph IN (" + keys + ")",
            "SELECT key_ph, resident_id FROM identity_features WHERE key_ph IN (" + keys + ") AND id_trusted = FALSE",
            "SELECT * FROM identity_features WHERE resident_id IN (" + ids + ")"};
        try (var c = store.raw().getConnection(); var st = c.createStatement()) {
            for (String q : queries) {
                StringBuilder plan = new StringBuilder();
                try (var rs = st.executeQuery("EXPLAIN " + q)) {
                    while (rs.next()) {
                        plan.append(rs.getString(1).replaceAll("\\s+", " ")).append(" | ");
                    }
                }
                System.out.println("  EXPLAIN " + q.substring(0, q.indexOf(" IN (")) + " IN (…): " + plan);
            }
        }
    }

    private static double load() {
        return ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
    }

    /** Links checked against the generator's truth. */
    private static final class Tally {
        int existing;
        int found;
        int wrong;
        int review;
        int newPeople;
        int newLinked;

        void count(ChunkResolution.Outcome o, int who, int stored) {
            boolean linked = o.kind() == ChunkResolution.Kind.MERGED || o.kind() == ChunkResolution.Kind.LINKED;
            if (who >= 0) {
                existing++;
                if (linked && o.residentId().equals(BenchResidents.residentId(who))) {
                    found++;
                } else if (linked) {
                    wrong++;
                } else if (o.kind() == ChunkResolution.Kind.REVIEW) {
                    review++;
                }
            } else {
                newPeople++;
                if (linked) {
                    newLinked++;
                }
            }
        }

        @Override
        public String toString() {
            return String.format(Locale.ROOT, "existing residents: %d, linked right %d (%.2f %%), linked wrong %d, "
                    + "to review %d; new people: %d, wrongly linked %d", existing, found, 100.0 * found / existing,
                    wrong, review, newPeople, newLinked);
        }
    }

    private static Map<String, String> storedValues(TruePerson p) {
        Map<String, String> v = new HashMap<>();
        v.put(RecordPreparer.ID, p.id());
        v.put(RecordPreparer.NAME, p.name());
        v.put(RecordPreparer.GENDER, p.male() ? "1" : "2");
        v.put(RecordPreparer.BIRTH, p.birth().toString());
        v.put(RecordPreparer.PHONE, p.phone());
        v.put(RecordPreparer.REGISTERED, p.registeredAddress());
        v.put(RecordPreparer.RESIDENCE, p.residenceAddress());
        v.put(RecordPreparer.COMMUNITY, p.communityCode());
        return v;
    }

    /** A record without ID number, normalised as ingest hands it on (sex as GB/T 2261.1, 12-digit community). */
    private static Map<String, String> incomingValues(TruePerson p, Slips slips) {
        Map<String, String> v = new HashMap<>();
        v.put(RecordPreparer.NAME, slips.name(p));
        v.put(RecordPreparer.GENDER, slips.male(p) ? "1" : "2");
        v.put(RecordPreparer.BIRTH, slips.birth(p).toString());
        v.put(RecordPreparer.PHONE, slips.phone(p));
        v.put(RecordPreparer.RESIDENCE, slips.residence(p));
        v.put(RecordPreparer.COMMUNITY, p.communityCode());
        return v;
    }
}

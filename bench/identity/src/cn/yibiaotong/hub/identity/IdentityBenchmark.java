package cn.yibiaotong.hub.identity;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;

/**
 * District-scale resolution: {@code stored} generated residents are loaded into the resolver (prepared in
 * parallel, as a store would be read once at start), then {@code incoming} records without ID numbers, most of
 * them existing residents written with slips and the rest new people, are prepared and resolved one at a time on
 * one thread, timed. Run: bench/identity/run.sh (profile identity-bench).
 */
public final class IdentityBenchmark {

    private static final int WARM_UP = 10_000;
    private static final int CHUNK = 1_000;

    public static void main(String[] args) throws Exception {
        int stored = args.length > 0 ? Integer.parseInt(args[0]) : 1_000_000;
        int incoming = args.length > 1 ? Integer.parseInt(args[1]) : 50_000;
        Random random = new Random(20261124L);
        ErrorRates rates = new ErrorRates();
        Path divisions = Path.of("config/divisions/longquanyi.csv");
        long t0 = System.nanoTime();
        List<TruePerson> people = new TruePopulation(random, divisions, rates).build(stored + incoming / 3 + 1);
        RecordPreparer preparer = new RecordPreparer(MatchEvaluation.communities(divisions), LocalDate.of(2026, 11, 24));
        List<TruePerson> residents = people.subList(0, stored);
        List<MatchRecord> prepared = residents.parallelStream()
                .map(p -> preparer.prepare(p.truth(), storedValues(p))).toList();
        Resolver resolver = new Resolver(MatchRulesLoader.load(Path.of("config/matching.yaml")));
        prepared.forEach(resolver::addResident);
        double loadSeconds = (System.nanoTime() - t0) / 1e9;

        Slips slips = new Slips(random, rates);
        List<Map<String, String>> batch = new ArrayList<>();
        List<Integer> truth = new ArrayList<>();
        for (int i = 0; i < incoming; i++) {
            boolean existing = i % 3 != 0;
            int who = existing ? random.nextInt(stored) : stored + i / 3;
            batch.add(incomingValues(people.get(who), slips));
            truth.add(existing ? who : -1);
        }
        // warm the JIT on records that are not counted, as a running hub would be
        for (int i = 0; i < WARM_UP; i++) {
            resolver.resolve(preparer.prepare("warm-" + i, incomingValues(people.get(random.nextInt(stored)), slips)));
        }
        // the machine is shared: thread CPU time says what the code costs, wall time what this run got
        java.lang.management.ThreadMXBean cpu = java.lang.management.ManagementFactory.getThreadMXBean();
        long gcStart = gcMillis();
        long cpuStart = cpu.getCurrentThreadCpuTime();
        long start = System.nanoTime();
        int linked = 0;
        int correct = 0;
        int wrong = 0;
        int review = 0;
        long comparisons = 0;
        for (int i = 0; i < incoming; i++) {
            Resolver.Resolution r = resolver.resolve(preparer.prepare("in-" + i, batch.get(i)));
            comparisons += r.comparisons();
            int cluster = resolver.clusterOf(r.ordinal());
            if (cluster < stored) {
                linked++;
                if (cluster == truth.get(i)) {
                    correct++;
                } else {
                    wrong++;
                }
            } else if (r.tier() == Resolver.Tier.REVIEW) {
                review++;
            }
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        double cpuSeconds = (cpu.getCurrentThreadCpuTime() - cpuStart) / 1e9;
        long gc = gcMillis() - gcStart;
        long existing = truth.stream().filter(t -> t >= 0).count();

        // the same work with preparation spread over both cores in chunks of 1,000 (each record's preparation is
        // independent), resolution still one record at a time on this thread
        List<Map<String, String>> second = new ArrayList<>();
        for (int i = 0; i < incoming; i++) {
            int who = i % 3 != 0 ? random.nextInt(stored) : stored + i / 3;
            second.add(incomingValues(people.get(who), slips));
        }
        long pipelinedStart = System.nanoTime();
        for (int from = 0; from < incoming; from += CHUNK) {
            List<MatchRecord> chunk = second.subList(from, Math.min(incoming, from + CHUNK)).parallelStream()
                    .map(v -> preparer.prepare("second", v)).toList();
            chunk.forEach(resolver::resolve);
        }
        double pipelinedSeconds = (System.nanoTime() - pipelinedStart) / 1e9;
        System.out.printf(Locale.ROOT, "stored residents: %d (generated, prepared and indexed in %.0f s)%n", stored,
                loadSeconds);
        System.out.printf(Locale.ROOT, "incoming without ID: %d (%d existing residents, %d new people)%n", incoming,
                existing, incoming - existing);
        System.out.printf(Locale.ROOT, "resolved in %.1f s on one thread: %.0f records/s, %.1f comparisons per record%n",
                seconds, incoming / seconds, (double) comparisons / incoming);
        System.out.printf(Locale.ROOT, "thread CPU time %.1f s: %.0f records per CPU second; GC %d ms; "
                        + "load average %.1f on %d cores%n", cpuSeconds, incoming / cpuSeconds, gc,
                java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage(), Runtime.getRuntime().availableProcessors());
        System.out.printf(Locale.ROOT, "second batch, preparation on both cores, resolution on one thread: %.1f s, "
                + "%.0f records/s%n", pipelinedSeconds, incoming / pipelinedSeconds);
        System.out.printf(Locale.ROOT, "linked to a stored resident: %d (correct %d, wrong %d); review %d; "
                + "existing residents found: %.2f %%%n", linked, correct, wrong, review, 100.0 * correct / existing);
    }

    private static long gcMillis() {
        return java.lang.management.ManagementFactory.getGarbageCollectorMXBeans().stream()
                .mapToLong(java.lang.management.GarbageCollectorMXBean::getCollectionTime).sum();
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

    /** A record as a community worker types it without the ID card at hand. */
    private static Map<String, String> incomingValues(TruePerson p, Slips slips) {
        Map<String, String> v = new HashMap<>();
        v.put(RecordPreparer.NAME, slips.name(p));
        v.put(RecordPreparer.GENDER, slips.male(p) ? "男" : "女");
        v.put(RecordPreparer.BIRTH, slips.birth(p).toString());
        v.put(RecordPreparer.PHONE, slips.phone(p));
        v.put(RecordPreparer.RESIDENCE, slips.residence(p));
        v.put(RecordPreparer.COMMUNITY, p.communityName());
        return v;
    }
}

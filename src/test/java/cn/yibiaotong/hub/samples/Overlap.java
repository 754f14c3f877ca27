package cn.yibiaotong.hub.samples;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;

/**
 * Who is in which department's sample and what was planted where: the answer key the end-to-end tests and the
 * demo are checked against. Values: {@code yes}, {@code rejected} (the record is there but must be refused),
 * or empty.
 */
final class Overlap {

    static final List<String> SOURCES = List.of("street_roster", "public_security", "civil_affairs", "health",
            "human_resources", "disabled_persons_federation");

    private final List<SamplePerson> people;
    private final Map<String, Map<String, String>> membership = new HashMap<>();
    private final Map<String, Set<String>> planted = new HashMap<>();

    Overlap(List<SamplePerson> people, Set<String> rosterRejected) {
        this.people = people;
        for (SamplePerson p : people) {
            if (p.inRoster()) {
                put(p, "street_roster", rosterRejected.contains(p.id()) ? "rejected" : "yes");
            }
        }
    }

    void member(SamplePerson p, String source) {
        put(p, source, "yes");
    }

    void rejected(SamplePerson p, String source) {
        put(p, source, "rejected");
    }

    void plant(SamplePerson p, String what) {
        planted.computeIfAbsent(p.id(), k -> new TreeSet<>()).add(what);
    }

    /** A person the source does not list yet, for its one bad record. */
    SamplePerson someoneNotIn(String source, Random random) {
        List<SamplePerson> candidates = people.stream()
                .filter(p -> !membership.getOrDefault(p.id(), Map.of()).containsKey(source)).toList();
        return candidates.get(random.nextInt(candidates.size()));
    }

    void write(Path file) throws IOException {
        List<String> header = new ArrayList<>(List.of("id_number", "name", "community_code"));
        header.addAll(SOURCES);
        header.add("planted");
        List<List<String>> rows = new ArrayList<>();
        for (SamplePerson p : people) {
            List<String> row = new ArrayList<>(List.of(p.id(), p.name(), p.communityCode()));
            SOURCES.forEach(s -> row.add(membership.getOrDefault(p.id(), Map.of()).getOrDefault(s, "")));
            row.add(String.join(";", planted.getOrDefault(p.id(), Set.of())));
            rows.add(row);
        }
        DepartmentFiles.csv(file, StandardCharsets.UTF_8, header, rows);
    }

    private void put(SamplePerson p, String source, String value) {
        membership.computeIfAbsent(p.id(), k -> new HashMap<>()).put(source, value);
    }
}

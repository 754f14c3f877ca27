package cn.yibiaotong.bench;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

/** Longquanyi's real communities and grids, read from the hub's own config/divisions and config/grids.csv. */
record Communities(List<Community> all) {

    /** A community: its code, the name staff type (the official one, or the code where a name is ambiguous), its town. */
    record Community(String code, String typed, String town, List<String> grids) {
    }

    static Communities load(Path divisions, Path grids) throws IOException {
        Map<String, String> towns = new HashMap<>();
        Map<String, Integer> nameUses = new HashMap<>();
        List<CSVRecord> villages = new ArrayList<>();
        for (CSVRecord r : read(divisions)) {
            if (r.get("level").equals("town")) {
                towns.put(r.get("code"), r.get("name"));
            } else if (r.get("level").equals("village")) {
                villages.add(r);
                nameUses.merge(r.get("name"), 1, Integer::sum);
            }
        }
        Map<String, List<String>> gridNames = new HashMap<>();
        for (CSVRecord g : read(grids)) {
            gridNames.computeIfAbsent(g.get("community_code"), k -> new ArrayList<>()).add(g.get("name"));
        }
        List<Community> result = new ArrayList<>();
        for (CSVRecord v : villages) {
            String name = v.get("name");
            result.add(new Community(v.get("code"), nameUses.get(name) == 1 ? name : v.get("code"),
                    towns.getOrDefault(v.get("parent_code"), ""), gridNames.getOrDefault(v.get("code"), List.of())));
        }
        return new Communities(List.copyOf(result));
    }

    private static List<CSVRecord> read(Path file) throws IOException {
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(in).getRecords();
        }
    }
}

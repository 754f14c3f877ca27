package cn.yibiaotong.hub.samples;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

/** {@code samples/overlap.csv}: who each department's sample lists, and the differences planted on purpose. */
public final class AnswerKey {

    private final List<CSVRecord> rows = new ArrayList<>();

    private AnswerKey(Path file) throws IOException {
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(in).forEach(rows::add);
        }
    }

    public static AnswerKey samples() throws IOException {
        return new AnswerKey(Path.of("samples/overlap.csv"));
    }

    /** @param source a column of overlap.csv, e.g. {@code civil_affairs} */
    public long accepted(String source) {
        return count(r -> "yes".equals(r.get(source)));
    }

    public long rejected(String source) {
        return count(r -> "rejected".equals(r.get(source)));
    }

    public long accepted(String source, String divisionPrefix) {
        return count(r -> "yes".equals(r.get(source)) && r.get("community_code").startsWith(divisionPrefix));
    }

    /** ID numbers of the people with a planted difference, e.g. {@code assistance-type-differs:civil-affairs}. */
    public List<String> planted(String what) {
        return rows.stream().filter(r -> List.of(r.get("planted").split(";")).contains(what))
                .map(r -> r.get("id_number")).toList();
    }

    /** People whom both sources list and accept. */
    public long acceptedByBoth(String a, String b) {
        return count(r -> "yes".equals(r.get(a)) && "yes".equals(r.get(b)));
    }

    /** People whom at least one of the sources lists and accepts. */
    public long acceptedByAny(List<String> sources) {
        return count(r -> sources.stream().anyMatch(s -> "yes".equals(r.get(s))));
    }

    public long people() {
        return rows.size();
    }

    private long count(Predicate<CSVRecord> p) {
        return rows.stream().filter(p).count();
    }
}

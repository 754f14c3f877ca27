package cn.yibiaotong.hub.identity;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/** The records of an evaluation, prepared for matching, each with its true identity as a small integer. */
record LabelledRecords(List<MatchRecord> records, int[] truth, int files) {

    static LabelledRecords read(Path mappingFile, RecordPreparer preparer) throws IOException {
        EvaluationMapping mapping = EvaluationMapping.read(mappingFile);
        Path dir = mappingFile.toAbsolutePath().getParent();
        List<MatchRecord> records = new ArrayList<>();
        int[] truth = new int[1024];
        Map<String, Integer> labels = new HashMap<>();
        for (EvaluationMapping.SourceFile f : mapping.files()) {
            Charset charset = f.charset() == null ? StandardCharsets.UTF_8 : Charset.forName(f.charset());
            String truthColumn = f.truthColumn(mapping);
            try (Reader in = Files.newBufferedReader(dir.resolve(f.path()), charset);
                 CSVParser csv = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(in)) {
                requireColumns(f, truthColumn, csv.getHeaderMap().keySet());
                for (CSVRecord row : csv) {
                    Map<String, String> values = new HashMap<>();
                    for (Map.Entry<String, String> c : f.columns().entrySet()) {
                        String raw = row.get(c.getKey());
                        Map<String, String> codes = f.values() == null ? null : f.values().get(c.getValue());
                        values.put(c.getValue(), codes != null && codes.containsKey(raw) ? codes.get(raw) : raw);
                    }
                    if (records.size() == truth.length) {
                        truth = Arrays.copyOf(truth, truth.length * 2);
                    }
                    truth[records.size()] = labels.computeIfAbsent(row.get(truthColumn), k -> labels.size());
                    records.add(preparer.prepare(f.path() + ":" + row.getRecordNumber(), values));
                }
            }
        }
        return new LabelledRecords(records, Arrays.copyOf(truth, records.size()), mapping.files().size());
    }

    private static void requireColumns(EvaluationMapping.SourceFile f, String truthColumn,
                                       java.util.Set<String> header) {
        List<String> missing = new ArrayList<>();
        f.columns().keySet().stream().filter(c -> !header.contains(c)).forEach(missing::add);
        if (!header.contains(truthColumn)) {
            missing.add(truthColumn);
        }
        if (!missing.isEmpty()) {
            throw new IllegalArgumentException("文件 " + f.path() + " 缺少映射中的列：" + String.join("、", missing)
                    + "。请核对映射文件中的列名与 CSV 表头是否一致。");
        }
    }
}

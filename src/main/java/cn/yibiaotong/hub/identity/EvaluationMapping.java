package cn.yibiaotong.hub.identity;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * What the evaluation command reads: CSV files, for each its columns mapped to data-list items, optional value
 * maps for a source's own codes (民政 writes 性别 as 1/0), and the column holding the true identity of each row.
 * Paths are relative to the mapping file.
 *
 * @param truth default ground-truth column, for files that do not name their own
 */
record EvaluationMapping(String truth, List<SourceFile> files) {

    /**
     * @param columns CSV header → item code, e.g. {@code XM: person.name}
     * @param values  item code → (source value → standard value)
     */
    record SourceFile(String path, String charset, String truth, Map<String, String> columns,
                      Map<String, Map<String, String>> values) {

        String truthColumn(EvaluationMapping mapping) {
            return truth != null ? truth : mapping.truth();
        }
    }

    static EvaluationMapping read(Path file) throws IOException {
        if (!java.nio.file.Files.isRegularFile(file)) {
            throw new IllegalArgumentException("映射文件 " + file + " 不存在。请检查路径（相对路径从当前目录算起）。");
        }
        EvaluationMapping m = YAMLMapper.builder().enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build()
                .readValue(file.toFile(), EvaluationMapping.class);
        if (m.files() == null || m.files().isEmpty()) {
            throw new IllegalArgumentException(file + "：没有列出任何 CSV 文件（files）。");
        }
        for (SourceFile f : m.files()) {
            if (f.truthColumn(m) == null) {
                throw new IllegalArgumentException(file + "：文件 " + f.path() + " 没有指明真实身份列（truth）。");
            }
            for (String item : f.columns().values()) {
                if (!Comparators.ITEMS.values().stream().anyMatch(items -> items.contains(item))) {
                    throw new IllegalArgumentException(file + "：文件 " + f.path() + " 的列映射到未知数据项“" + item
                            + "”。可用：" + RecordPreparer.ITEMS + "。");
                }
            }
        }
        return m;
    }
}

package cn.yibiaotong.hub.configfile;

import java.io.StringReader;
import java.util.List;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * The SnakeYAML node tree of one file, kept only for its marks: Jackson's tree has no line numbers, and every
 * message must name a line. Composing also reports YAML syntax errors with their line.
 */
final class YamlLines {

    private final Node root;

    private YamlLines(Node root) {
        this.root = root;
    }

    /** Composes {@code text}; a syntax error becomes a {@link ConfigFileException} at its line. */
    static YamlLines compose(String file, String text) {
        try {
            return new YamlLines(new Yaml(new LoaderOptions()).compose(new StringReader(text)));
        } catch (MarkedYAMLException e) {
            int line = e.getProblemMark() == null ? 0 : e.getProblemMark().getLine() + 1;
            throw new ConfigFileException(file, line, null, "YAML 格式错误：" + syntaxProblem(e),
                    "请检查该行及上一行的缩进、冒号和引号：缩进只能用空格（不能用 Tab），同一层对齐，“键: 值”的冒号后要有空格，"
                            + "取值含冒号或 # 时请加英文引号", e);
        }
    }

    boolean isEmpty() {
        return root == null;
    }

    /**
     * The 1-based line of the node at {@code segments} (a JSON pointer, split). For a mapping entry that is the
     * line of its key, where the operator looks; when the path leads nowhere, the line of the deepest node found;
     * the root (empty path) is the whole file, line 0.
     */
    int lineOf(List<String> segments) {
        if (root == null || segments.isEmpty()) {
            return 0;
        }
        Node node = root;
        int line = root.getStartMark().getLine() + 1;
        for (String segment : segments) {
            if (node instanceof MappingNode mapping) {
                NodeTuple tuple = entry(mapping, segment);
                if (tuple == null) {
                    break;
                }
                line = tuple.getKeyNode().getStartMark().getLine() + 1;
                node = tuple.getValueNode();
            } else if (node instanceof SequenceNode sequence && isIndex(segment)
                    && Integer.parseInt(segment) < sequence.getValue().size()) {
                node = sequence.getValue().get(Integer.parseInt(segment));
                line = node.getStartMark().getLine() + 1;
            } else {
                break;
            }
        }
        return line;
    }

    private static NodeTuple entry(MappingNode mapping, String key) {
        for (NodeTuple tuple : mapping.getValue()) {
            if (tuple.getKeyNode() instanceof ScalarNode scalar && scalar.getValue().equals(key)) {
                return tuple;
            }
        }
        return null;
    }

    private static boolean isIndex(String segment) {
        return !segment.isEmpty() && segment.length() < 10 && segment.chars().allMatch(Character::isDigit);
    }

    /** The most frequent syntax errors in Chinese; the rest keep SnakeYAML's English text. */
    private static String syntaxProblem(MarkedYAMLException e) {
        String problem = String.valueOf(e.getProblem());
        if (problem.contains("TAB") || problem.contains("'\\t'")) {
            return "用了 Tab 缩进";
        }
        if (problem.contains("mapping values are not allowed")) {
            return "此处不能出现“键: 值”（可能是缩进不对，或取值中的冒号没有加引号）";
        }
        if (problem.contains("could not find expected ':'")) {
            return "缺少冒号（“键: 值”）";
        }
        if (problem.contains("expected <block end>")) {
            return "缩进不对齐";
        }
        if (problem.contains("found unexpected end of stream") || problem.contains("found unknown escape")) {
            return "引号没有配对或转义不对（" + problem + "）";
        }
        return problem;
    }
}

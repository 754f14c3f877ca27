package cn.yibiaotong.hub.configfile;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One YAML configuration file, read, checked against its JSON Schema and ready to bind. Every later check of
 * the file's meaning asks it for the line of a JSON pointer, so all messages about one file look alike.
 */
public final class ConfigFileReader {

    /** Where the JSON Schemas of the configuration files live unless {@code hub.schemas-dir} says otherwise. */
    public static final Path DEFAULT_SCHEMAS_DIR = Path.of("schemas", "meta");

    // duplicate keys silently keep the last value in plain YAML; in a contract they are a contradiction
    private static final YAMLMapper YAML = YAMLMapper.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();
    private static final Pattern DUPLICATE = Pattern.compile("Duplicate field '([^']*)'");

    private final String file;
    private final JsonNode tree;
    private final YamlLines lines;

    private ConfigFileReader(String file, JsonNode tree, YamlLines lines) {
        this.file = file;
        this.tree = tree;
        this.lines = lines;
    }

    /**
     * Reads {@code file} and validates it against {@code schemaFile}.
     *
     * @throws ConfigFileException when the file is missing, not UTF-8, not YAML or violates the schema
     */
    public static ConfigFileReader read(Path file, Path schemaFile) {
        String name = file.toString();
        String text = readText(file);
        YamlLines lines = YamlLines.compose(name, text);
        if (lines.isEmpty()) {
            throw new ConfigFileException(name, 0, null, "文件是空的",
                    "请按 " + schemaFile + " 的说明填写内容");
        }
        ConfigFileReader reader = new ConfigFileReader(name, parseTree(name, text), lines);
        SchemaCheck.validate(reader, schemaFile);
        return reader;
    }

    /**
     * The text of a configuration file, strictly UTF-8 (a GBK file saved by a Chinese editor would otherwise
     * turn into mojibake codes and names), without a byte-order mark.
     */
    public static String readText(Path file) {
        String name = file.toString();
        if (!Files.isRegularFile(file)) {
            throw new ConfigFileException(name, 0, null, "文件不存在",
                    "请检查路径是否正确（相对路径从工作目录 " + Path.of("").toAbsolutePath() + " 算起），"
                            + "或用 hub.departments-file、hub.data-list-file、hub.connectors-dir、hub.schemas-dir 指定位置");
        }
        try {
            String text = Files.readString(file);
            return text.startsWith("\uFEFF") ? text.substring(1) : text;
        } catch (CharacterCodingException e) {
            throw new ConfigFileException(name, 0, null, "文件不是 UTF-8 编码（可能是 GBK）",
                    "请用文本编辑器把该文件另存为 UTF-8 编码", e);
        } catch (IOException e) {
            throw new ConfigFileException(name, 0, null, "无法读取文件：" + e.getMessage(),
                    "请检查文件权限", e);
        }
    }

    private static JsonNode parseTree(String name, String text) {
        try {
            return YAML.readTree(text);
        } catch (JsonProcessingException e) {
            Matcher duplicate = DUPLICATE.matcher(e.getOriginalMessage());
            int line = e.getLocation() == null ? 0 : e.getLocation().getLineNr();
            if (duplicate.find()) {
                throw new ConfigFileException(name, line, duplicate.group(1),
                        "同一层中“" + duplicate.group(1) + "”出现了两次", "请删除其中一个，或合并成一项", e);
            }
            throw new ConfigFileException(name, line, null, "YAML 格式错误：" + e.getOriginalMessage(),
                    "请检查该行的缩进、冒号和引号", e);
        }
    }

    /** Binds the validated file to {@code type}; the schema should make this never fail. */
    public <T> T bind(Class<T> type) {
        try {
            return YAML.treeToValue(tree, type);
        } catch (JsonMappingException e) {
            List<String> path = new ArrayList<>();
            e.getPath().forEach(r -> path.add(r.getFieldName() != null ? r.getFieldName() : String.valueOf(r.getIndex())));
            String pointer = JsonPointers.join(path);
            throw error(pointer, "取值无法读取：" + e.getOriginalMessage(), "请对照该项的说明改正取值");
        } catch (JsonProcessingException e) {
            throw new ConfigFileException(file, 0, null, "内容无法读取：" + e.getOriginalMessage(),
                    "请对照说明改正", e);
        }
    }

    /** The file as given, e.g. {@code connectors/street-roster.yaml}. */
    public String file() {
        return file;
    }

    /** The whole file as a Jackson tree (already validated). */
    public JsonNode tree() {
        return tree;
    }

    /** The 1-based line of a JSON pointer such as {@code /fields/3/item}; 0 for the root or when unknown. */
    public int lineOf(String jsonPointer) {
        return lines.lineOf(JsonPointers.split(jsonPointer));
    }

    /** The pointer as an operator reads it: {@code /fields/3/item} → {@code fields[3].item}. */
    public String subjectOf(String jsonPointer) {
        return JsonPointers.display(tree, JsonPointers.split(jsonPointer));
    }

    /** An error at {@code jsonPointer}, its field path as subject. */
    public ConfigFileException error(String jsonPointer, String problem, String fix) {
        return error(jsonPointer, subjectOf(jsonPointer), problem, fix);
    }

    /** An error at {@code jsonPointer} about {@code subject}, e.g. an item code. */
    public ConfigFileException error(String jsonPointer, String subject, String problem, String fix) {
        return new ConfigFileException(file, lineOf(jsonPointer), subject, problem, fix);
    }
}

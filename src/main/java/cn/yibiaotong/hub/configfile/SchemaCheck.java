package cn.yibiaotong.hub.configfile;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonNodePath;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Validates a file against its JSON Schema (2020-12) and, when it fails, reports the violation nearest the top
 * of the file: one message is easier to act on than a list, and fixing top-down converges.
 */
final class SchemaCheck {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final JsonSchemaFactory FACTORY = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012);
    // the library's own zh_CN texts are only the fallback for keywords ViolationText does not word itself
    private static final SchemaValidatorsConfig CONFIG = SchemaValidatorsConfig.builder()
            .locale(Locale.SIMPLIFIED_CHINESE).build();

    private SchemaCheck() {
    }

    static void validate(ConfigFileReader reader, Path schemaFile) {
        JsonNode schemaRoot = readSchema(schemaFile);
        JsonSchema schema = FACTORY.getSchema(schemaRoot, CONFIG);
        Set<ValidationMessage> messages = schema.validate(reader.tree());
        if (messages.isEmpty()) {
            return;
        }
        ViolationText text = new ViolationText(reader, schemaRoot, schemaFile.toString());
        // a misspelt key explains the "missing" one it was meant to be: report the typo, which has the suggestion
        Set<String> withUnknownKey = new HashSet<>();
        messages.stream().filter(m -> "additionalProperties".equals(m.getType()))
                .forEach(m -> withUnknownKey.add(String.valueOf(m.getInstanceLocation())));
        List<ConfigFileException> errors = new ArrayList<>();
        messages.stream()
                .filter(m -> !("required".equals(m.getType()) && withUnknownKey.contains(String.valueOf(m.getInstanceLocation()))))
                .forEach(m -> errors.add(text.translate(m)));
        // stable sort: the validator's order decides among violations on the same line
        throw errors.stream().min(Comparator.comparingInt(ConfigFileException::line)).orElseThrow();
    }

    private static JsonNode readSchema(Path schemaFile) {
        String text = ConfigFileReader.readText(schemaFile);
        try {
            return JSON.readTree(text);
        } catch (IOException e) {
            throw new ConfigFileException(schemaFile.toString(), 0, null, "校验规则文件不是合法的 JSON：" + e.getMessage(),
                    "请恢复该文件（它随程序发布，不应手工修改）", e);
        }
    }

    /** Segments of a validator path; its elements are field names or array indexes. */
    static List<String> segments(JsonNodePath path) {
        List<String> segments = new ArrayList<>();
        if (path != null) {
            for (int i = 0; i < path.getNameCount(); i++) {
                segments.add(String.valueOf(path.getElement(i)));
            }
        }
        return segments;
    }
}

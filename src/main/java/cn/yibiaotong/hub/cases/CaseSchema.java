package cn.yibiaotong.hub.cases;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonNodePath;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

/**
 * The canonical case of {@code schemas/case.schema.json}, used at runtime: every intake, whatever its channel, is
 * checked against {@code $defs/intake} before anything is stored, and each violation is worded in Chinese with the
 * field's path. Values are not echoed except for code fields, because descriptions and phones are personal data.
 */
public final class CaseSchema {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final JsonSchemaFactory FACTORY = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012);

    private final JsonNode root;
    private final JsonSchema intake;
    private final JsonSchema whole;

    private CaseSchema(JsonNode root) {
        this.root = root;
        SchemaValidatorsConfig config = SchemaValidatorsConfig.builder().formatAssertionsEnabled(true).build();
        this.intake = FACTORY.getSchema(withRef(root, "#/$defs/intake"), config);
        this.whole = FACTORY.getSchema(withRef(root, "#/$defs/case"), config);
    }

    public static CaseSchema load(Path file) {
        try {
            return new CaseSchema(JSON.readTree(Files.readString(file)));
        } catch (IOException e) {
            throw new IllegalStateException("诉求定义文件 " + file + " 无法读取：" + e.getMessage()
                    + "。请恢复该文件（它随程序发布）。", e);
        }
    }

    private static JsonNode withRef(JsonNode root, String ref) {
        ObjectNode copy = root.deepCopy();
        copy.put("$ref", ref);
        return copy;
    }

    /** @throws CaseRejected naming every field that does not fit, in path order */
    public void checkIntake(JsonNode submission) {
        if (submission == null || !submission.isObject()) {
            throw new CaseRejected(CaseRejected.Kind.INVALID, "诉求内容格式错误",
                    "请求体应为一个 JSON 对象，至少包含 channel、matter、title。");
        }
        Set<ValidationMessage> messages = intake.validate(submission);
        if (messages.isEmpty()) {
            return;
        }
        List<ValidationMessage> sorted = new ArrayList<>(messages);
        sorted.sort(Comparator.comparing((ValidationMessage m) -> path(m.getInstanceLocation(), m.getProperty()))
                .thenComparing(ValidationMessage::getType));
        List<String> texts = sorted.stream().map(this::text).distinct().toList();
        throw new CaseRejected(CaseRejected.Kind.INVALID, "诉求内容不完整或有误", String.join("", texts))
                .with("errors", texts);
    }

    /** Violations of the full case definition; empty when the case fits (used to prove the API answers with it). */
    public List<String> violationsOfCase(JsonNode caseJson) {
        return whole.validate(caseJson).stream().map(ValidationMessage::getMessage).sorted().toList();
    }

    private String text(ValidationMessage m) {
        String at = path(m.getInstanceLocation(), null);
        return switch (m.getType()) {
            case "required" -> "缺少必填字段“" + path(m.getInstanceLocation(), m.getProperty()) + "”（"
                    + description(m.getProperty()) + "）。";
            case "additionalProperties" -> "不认识的字段“" + path(m.getInstanceLocation(), m.getProperty())
                    + "”。请删除它，或对照 schemas/case.schema.json 改正拼写。";
            case "enum" -> "字段“" + at + "”的取值“" + m.getInstanceNode().asText() + "”不在允许范围内，应为以下之一："
                    + enumValues(m.getSchemaNode()) + "。";
            case "type" -> "字段“" + at + "”的类型不对，应为" + typeName(String.valueOf(m.getArguments()[1])) + "。";
            case "maxLength" -> "字段“" + at + "”太长，最多 " + m.getArguments()[0] + " 个字符。";
            case "minLength" -> "字段“" + at + "”不能为空。";
            case "pattern" -> "字段“" + at + "”的写法不对，应为" + descriptionAt(m) + "。";
            case "minimum", "maximum" -> "字段“" + at + "”超出范围：" + descriptionAt(m) + "。";
            case "format" -> "字段“" + at + "”的时间格式不对，应为带时区的 ISO 8601 时间，如 2026-11-23T09:30:00+08:00。";
            default -> "字段“" + at + "”不符合要求：" + descriptionAt(m) + "。";
        };
    }

    private String descriptionAt(ValidationMessage m) {
        JsonNode node = root;
        JsonNodePath owner = m.getSchemaLocation().getFragment().getParent();
        for (int i = 0; owner != null && i < owner.getNameCount(); i++) {
            Object e = owner.getElement(i);
            node = e instanceof Integer n ? node.path(n) : node.path(String.valueOf(e));
        }
        return node.path("description").asText("请对照 schemas/case.schema.json 改正");
    }

    private String description(String property) {
        JsonNode p = root.path("$defs").path("intake").path("properties").path(property);
        if (p.has("$ref")) {
            p = root.path("$defs").path(p.get("$ref").asText().substring("#/$defs/".length()));
        }
        return p.path("description").asText(property);
    }

    private static String enumValues(JsonNode schemaNode) {
        List<String> values = new ArrayList<>();
        schemaNode.forEach(v -> values.add(v.asText()));
        return String.join("、", values);
    }

    private static String typeName(String type) {
        return switch (type) {
            case "string" -> "文本";
            case "number", "integer" -> "数字";
            case "object" -> "对象";
            case "array" -> "列表";
            case "boolean" -> "true 或 false";
            default -> type;
        };
    }

    private static String path(JsonNodePath location, String property) {
        List<String> parts = new ArrayList<>();
        for (int i = 0; location != null && i < location.getNameCount(); i++) {
            parts.add(String.valueOf(location.getElement(i)));
        }
        if (property != null) {
            parts.add(property);
        }
        return String.join(".", parts);
    }
}

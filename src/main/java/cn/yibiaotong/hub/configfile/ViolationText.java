package cn.yibiaotong.hub.configfile;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.ValidationMessage;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Words a JSON Schema violation for an operator, in Chinese: what is wrong with which entry, and a fix built
 * from the schema itself (allowed values, allowed keys, the property's description).
 */
final class ViolationText {

    private static final Map<String, String> TYPE_NAMES = Map.of("string", "文本", "integer", "整数", "number", "数字",
            "boolean", "true 或 false", "object", "“键: 值”映射", "array", "列表", "null", "空值");

    private final ConfigFileReader reader;
    private final JsonNode schemaRoot;
    private final String schemaName;

    ViolationText(ConfigFileReader reader, JsonNode schemaRoot, String schemaName) {
        this.reader = reader;
        this.schemaRoot = schemaRoot;
        this.schemaName = schemaName;
    }

    ConfigFileException translate(ValidationMessage m) {
        String at = JsonPointers.join(SchemaCheck.segments(m.getInstanceLocation()));
        List<String> keyword = SchemaCheck.segments(m.getSchemaLocation().getFragment());
        List<String> owner = keyword.subList(0, Math.max(0, keyword.size() - 1));
        JsonNode value = m.getInstanceNode();
        int alternative = Math.max(keyword.indexOf("anyOf"), keyword.indexOf("oneOf"));
        if (alternative >= 0) {
            // a failed anyOf reports each branch; the property's description says what the branches allow
            return reader.error(at, valued(value) + "不符合要求",
                    withDescription("请改为符合要求的取值", keyword.subList(0, alternative)));
        }
        Object[] args = m.getArguments() == null ? new Object[0] : m.getArguments();
        return switch (m.getType()) {
            case "required" -> {
                List<String> property = concat(owner, "properties", m.getProperty());
                yield reader.error(at, "缺少必填项“" + m.getProperty() + "”",
                        withDescription("请添加 " + m.getProperty(), property));
            }
            case "additionalProperties" -> unknownProperty(JsonPointers.append(at, m.getProperty()), m.getProperty(), owner);
            case "propertyNames" -> reader.error(JsonPointers.append(at, m.getProperty()),
                    "“" + m.getProperty() + "”的写法不对",
                    "请改为符合要求的写法。说明：" + m.getSchemaNode().path("description").asText());
            case "type" -> wrongType(at, value, String.valueOf(args[0]), String.valueOf(args[1]), owner);
            case "enum" -> reader.error(at, valued(value) + "不在允许的范围内",
                    "请改为以下之一：" + join(m.getSchemaNode()));
            case "pattern" -> reader.error(at, valued(value) + "的写法不对",
                    withDescription("请改为符合要求的写法", owner));
            case "minimum", "exclusiveMinimum" -> reader.error(at, valued(value) + "小于允许的最小值 " + args[0],
                    withDescription("请改为允许范围内的取值", owner));
            case "maximum", "exclusiveMaximum" -> reader.error(at, valued(value) + "大于允许的最大值 " + args[0],
                    withDescription("请改为允许范围内的取值", owner));
            case "minLength" -> reader.error(at, "1".equals(String.valueOf(args[0])) ? "取值为空" : "取值太短，至少要 " + args[0] + " 个字符",
                    withDescription("请填写取值", owner));
            case "maxLength" -> reader.error(at, valued(value) + "太长，最多 " + args[0] + " 个字符",
                    withDescription("请改短", owner));
            case "minItems" -> reader.error(at, "至少需要 " + args[0] + " 项，这里只有 " + value.size() + " 项",
                    withDescription("请补充", owner));
            default -> reader.error(at, libraryText(m), withDescription("请对照 " + schemaName + " 改正", owner));
        };
    }

    private ConfigFileException unknownProperty(String pointer, String name, List<String> owner) {
        List<String> allowed = new ArrayList<>();
        schemaAt(concat(owner, "properties")).fieldNames().forEachRemaining(allowed::add);
        String guess = Suggestions.didYouMean(name, allowed);
        return reader.error(pointer, "不认识的配置项“" + name + "”",
                guess + "请检查拼写或删除该项；此处可用的配置项：" + String.join("、", allowed));
    }

    private ConfigFileException wrongType(String at, JsonNode value, String found, String expected, List<String> owner) {
        if ("null".equals(found)) {
            return reader.error(at, "没有填写取值", withDescription("请填写", owner));
        }
        if ("string".equals(expected) && value.isNumber()) {
            // YAML reads 01 as the number 1: codes must be quoted or their leading zeros are lost
            return reader.error(at, "取值 " + value.asText() + " 是数字，这里应为文本",
                    "请加英文引号写成 \"" + value.asText() + "\"（不加引号时 01 会被读成 1）");
        }
        return reader.error(at, valued(value) + "是" + typeName(found) + "，这里应为" + typeName(expected),
                withDescription("请改为" + typeName(expected), owner));
    }

    private String withDescription(String fix, List<String> schemaPath) {
        String description = schemaAt(schemaPath).path("description").asText("");
        return description.isEmpty() ? fix : fix + "。说明：" + description;
    }

    private JsonNode schemaAt(List<String> schemaPath) {
        JsonNode node = schemaRoot;
        for (String s : schemaPath) {
            node = node.isArray() ? node.path(Integer.parseInt(s)) : node.path(s);
        }
        return node;
    }

    private static String libraryText(ValidationMessage m) {
        String message = m.getMessage();
        int colon = message.indexOf(": ");
        return colon >= 0 ? message.substring(colon + 2) : message;
    }

    /** {@code 取值“pdf”} or {@code 取值 150 }: Chinese quotes for text, spaces around numbers, as typeset. */
    private static String valued(JsonNode value) {
        if (value == null) {
            return "取值";
        }
        String text = value.isTextual() ? value.asText() : value.toString();
        text = text.length() > 40 ? text.substring(0, 40) + "…" : text;
        return value.isTextual() ? "取值“" + text + "”" : "取值 " + text + " ";
    }

    /** The Chinese name of a JSON type, spaced from the Chinese before it when it starts in Latin letters. */
    private static String typeName(String jsonType) {
        String name = TYPE_NAMES.getOrDefault(jsonType, jsonType);
        return name.charAt(0) < 0x80 ? " " + name : name;
    }

    private static String join(JsonNode values) {
        List<String> texts = new ArrayList<>();
        values.forEach(v -> texts.add(v.asText()));
        return String.join("、", texts);
    }

    private static List<String> concat(List<String> head, String... tail) {
        List<String> all = new ArrayList<>(head);
        all.addAll(List.of(tail));
        return all;
    }
}

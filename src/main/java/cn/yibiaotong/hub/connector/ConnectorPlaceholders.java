package cn.yibiaotong.hub.connector;

import cn.yibiaotong.hub.configfile.ConfigFileReader;
import cn.yibiaotong.hub.configfile.JsonPointers;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.core.env.PropertyResolver;

/**
 * {@code ${setting}} and {@code ${setting:default}} in a connector file's texts, resolved from the hub's
 * configuration before the file is bound, so what differs between deployments (a department's URL) stays out of
 * the file while the file stays the one contract. An unknown setting stops start-up naming the file and line.
 */
final class ConnectorPlaceholders {

    private static final Pattern NAME = Pattern.compile("\\$\\{([^}:]+)");
    /**
     * A database pull's address and account are resolved from the environment only when a pull starts
     * (jdbcpull.DepartmentDatabases): the password never sits in the loaded definition, and a database not yet
     * configured shows in the connector status instead of stopping the hub.
     */
    private static final String RESOLVED_AT_PULL = "/transport/jdbcPull";

    private ConnectorPlaceholders() {
    }

    static void resolve(ConfigFileReader reader, PropertyResolver settings) {
        resolve(reader.tree(), "", reader, settings);
    }

    private static void resolve(JsonNode node, String pointer, ConfigFileReader reader, PropertyResolver settings) {
        if (pointer.equals(RESOLVED_AT_PULL)) {
            return;
        }
        if (node instanceof ObjectNode object) {
            List<Map.Entry<String, JsonNode>> fields = new ArrayList<>();
            object.fields().forEachRemaining(fields::add);
            for (Map.Entry<String, JsonNode> f : fields) {
                String at = JsonPointers.append(pointer, f.getKey());
                if (f.getValue() instanceof TextNode text && text.textValue().contains("${")) {
                    object.put(f.getKey(), value(text.textValue(), at, reader, settings));
                } else {
                    resolve(f.getValue(), at, reader, settings);
                }
            }
        } else if (node instanceof ArrayNode array) {
            for (int i = 0; i < array.size(); i++) {
                String at = pointer + "/" + i;
                if (array.get(i) instanceof TextNode text && text.textValue().contains("${")) {
                    array.set(i, TextNode.valueOf(value(text.textValue(), at, reader, settings)));
                } else {
                    resolve(array.get(i), at, reader, settings);
                }
            }
        }
    }

    private static String value(String text, String pointer, ConfigFileReader reader, PropertyResolver settings) {
        try {
            return settings.resolveRequiredPlaceholders(text);
        } catch (IllegalArgumentException e) {
            Matcher m = NAME.matcher(text);
            String name = m.find() ? m.group(1) : text;
            throw reader.error(pointer, "占位符 ${" + name + "} 在配置中没有设置",
                    "请在 config/application.yaml（或环境变量）中设置 " + name + "，或写成 ${" + name + ":默认值}");
        }
    }
}

package cn.yibiaotong.hub.configfile;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;

/** RFC 6901 JSON pointers, split, joined and shown the way an operator reads a path. */
public final class JsonPointers {

    private JsonPointers() {
    }

    /** {@code /codeMaps/a~1b} → [codeMaps, a/b]; the empty pointer is the root. */
    public static List<String> split(String pointer) {
        List<String> segments = new ArrayList<>();
        if (pointer == null || pointer.isEmpty() || pointer.equals("/")) {
            return segments;
        }
        for (String raw : pointer.substring(pointer.startsWith("/") ? 1 : 0).split("/", -1)) {
            segments.add(raw.replace("~1", "/").replace("~0", "~"));
        }
        return segments;
    }

    /** The pointer of {@code segments}, escaped. */
    public static String join(List<String> segments) {
        StringBuilder sb = new StringBuilder();
        segments.forEach(s -> sb.append('/').append(s.replace("~", "~0").replace("/", "~1")));
        return sb.toString();
    }

    /** {@code /fields/3/item} joined with more segments. */
    public static String append(String pointer, Object... segments) {
        List<String> all = split(pointer);
        for (Object s : segments) {
            all.add(String.valueOf(s));
        }
        return join(all);
    }

    /**
     * {@code fields[3].item}, {@code codeMaps["person.gender"].男}: array indexes in brackets (the tree tells
     * an index from a key that happens to be a number), keys with dots quoted so the path stays unambiguous.
     */
    static String display(JsonNode root, List<String> segments) {
        StringBuilder sb = new StringBuilder();
        JsonNode node = root;
        for (String s : segments) {
            if (node != null && node.isArray() && s.chars().allMatch(Character::isDigit) && !s.isEmpty()) {
                sb.append('[').append(s).append(']');
                node = node.path(Integer.parseInt(s));
            } else {
                if (s.contains(".") || s.contains(" ") || s.isEmpty()) {
                    sb.append("[\"").append(s).append("\"]");
                } else {
                    sb.append(sb.length() == 0 ? "" : ".").append(s);
                }
                node = node == null ? null : node.get(s);
            }
        }
        return sb.length() == 0 ? null : sb.toString();
    }
}

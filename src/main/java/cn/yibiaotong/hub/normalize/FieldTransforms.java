package cn.yibiaotong.hub.normalize;

import java.util.List;
import java.util.Locale;

/** The value transforms a connector field may list, applied in order before the item's own checks. */
final class FieldTransforms {

    private FieldTransforms() {
    }

    static String apply(List<String> transforms, String value) {
        String v = value;
        for (String t : transforms) {
            v = switch (t) {
                case "trim" -> v.strip();
                case "halfwidth" -> TextValues.halfwidth(v);
                case "upper" -> v.toUpperCase(Locale.ROOT);
                case "lower" -> v.toLowerCase(Locale.ROOT);
                case "removeSpaces" -> v.replaceAll("[\\s\\u3000]+", "");
                default -> throw new IllegalStateException("unknown transform " + t + " (the connector schema lists the allowed ones)");
            };
        }
        return v;
    }
}

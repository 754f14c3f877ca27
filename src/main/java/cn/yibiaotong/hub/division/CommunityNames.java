package cn.yibiaotong.hub.division;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.text.Normalizer;

/**
 * Community names as staff type them. Official names carry suffixes inconsistently
 * (…社区居委会, …社区, …村委会, …村民委员会), so names are compared without them, and a
 * community may also be named without 社区 (滨河花园 for 滨河花园社区居委会).
 */
final class CommunityNames {

    private static final String[] SUFFIXES = {"居民委员会", "村民委员会", "居委会", "村委会"};

    private final Map<String, List<Division>> byKey = new HashMap<>();

    CommunityNames(List<Division> communities) {
        for (Division d : communities) {
            String key = key(d.name());
            add(key, d);
            if (key.endsWith("社区") && key.length() > 2) {
                add(key.substring(0, key.length() - 2), d);
            }
        }
    }

    private void add(String key, Division d) {
        List<Division> list = byKey.computeIfAbsent(key, k -> new ArrayList<>());
        if (!list.contains(d)) {
            list.add(d);
        }
    }

    CommunityMatch match(String input) {
        List<Division> hits = byKey.getOrDefault(key(input), List.of());
        if (hits.isEmpty()) {
            return CommunityMatch.unknown();
        }
        return hits.size() == 1 ? CommunityMatch.found(hits.get(0)) : CommunityMatch.ambiguous(hits);
    }

    static String key(String name) {
        String n = Normalizer.normalize(name, Normalizer.Form.NFKC).replaceAll("\\s+", "");
        for (String suffix : SUFFIXES) {
            if (n.endsWith(suffix) && n.length() > suffix.length()) {
                return n.substring(0, n.length() - suffix.length());
            }
        }
        return n;
    }
}

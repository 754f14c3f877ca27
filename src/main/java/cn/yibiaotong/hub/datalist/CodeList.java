package cn.yibiaotong.hub.datalist;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A versioned code list (national standard or hub-defined) with the synonyms staff type instead of codes.
 * Matching is by code first, then by name, then by synonym; see {@link #match(String)}.
 */
public record CodeList(String id, String name, String standard, List<CodeEntry> entries, Map<String, String> synonyms) {

    public CodeList {
        entries = List.copyOf(entries);
        synonyms = Map.copyOf(synonyms);
    }

    /**
     * The code an input stands for: an exact code, an unpadded code ({@code 1} for {@code 01}), a name,
     * a name without its suffix ({@code 汉} for {@code 汉族}, {@code 男} for {@code 男性}) or a synonym.
     */
    public Optional<String> match(String input) {
        if (input == null || input.isBlank()) {
            return Optional.empty();
        }
        String in = input.strip();
        for (CodeEntry e : entries) {
            if (e.code().equals(in)) {
                return Optional.of(e.code());
            }
        }
        if (in.chars().allMatch(Character::isDigit)) {
            for (CodeEntry e : entries) {
                if (e.code().length() > in.length() && e.code().equals("0".repeat(e.code().length() - in.length()) + in)) {
                    return Optional.of(e.code());
                }
            }
        }
        for (CodeEntry e : entries) {
            if (e.name().equals(in)) {
                return Optional.of(e.code());
            }
        }
        String synonym = synonyms.get(in);
        if (synonym != null) {
            return Optional.of(synonym);
        }
        for (CodeEntry e : entries) {
            if (stripSuffix(e.name()).equals(in)) {
                return Optional.of(e.code());
            }
        }
        return Optional.empty();
    }

    public Optional<String> nameOf(String code) {
        return entries.stream().filter(e -> e.code().equals(code)).map(CodeEntry::name).findFirst();
    }

    /** A short list of allowed values for an error message, e.g. {@code 1 男性、2 女性}. */
    public String allowedValues(int max) {
        StringBuilder sb = new StringBuilder();
        int n = 0;
        for (CodeEntry e : entries) {
            if (n == max) {
                sb.append(" 等共 ").append(entries.size()).append(" 项");
                break;
            }
            if (n > 0) {
                sb.append('、');
            }
            sb.append(e.code()).append(' ').append(e.name());
            n++;
        }
        return sb.toString();
    }

    private static String stripSuffix(String name) {
        for (String suffix : new String[] {"族", "性", "残疾"}) {
            if (name.length() > suffix.length() && name.endsWith(suffix)) {
                return name.substring(0, name.length() - suffix.length());
            }
        }
        return name;
    }
}

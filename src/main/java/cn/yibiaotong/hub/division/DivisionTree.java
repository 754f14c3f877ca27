package cn.yibiaotong.hub.division;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

/**
 * The divisions a hub serves, read from a CSV ({@code code,name,level,parent_code}). The hierarchy is
 * whatever the file says: a city without streets simply has communities whose parent is the district.
 */
public final class DivisionTree {

    private final Map<String, Division> byCode = new LinkedHashMap<>();
    /** Every search and roll-up names its division by prefix: a map, not a scan of the file's divisions per call. */
    private final Map<String, Division> byPrefix = new HashMap<>();
    private final CommunityNames communityNames;

    public DivisionTree(Collection<Division> divisions) {
        divisions.forEach(d -> byCode.put(d.code(), d));
        byCode.values().forEach(d -> byPrefix.putIfAbsent(d.prefix(), d));
        this.communityNames = new CommunityNames(byCode.values().stream().filter(Division::isCommunity).toList());
    }

    public static DivisionTree load(Path csv) {
        List<Division> divisions = new ArrayList<>();
        try (Reader reader = Files.newBufferedReader(csv, StandardCharsets.UTF_8)) {
            CSVFormat format = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get();
            for (CSVRecord r : format.parse(reader)) {
                String parent = r.get("parent_code").strip();
                divisions.add(new Division(r.get("code").strip(), r.get("name").strip(), r.get("level").strip(),
                        parent.isEmpty() ? null : parent));
            }
        } catch (IOException | IllegalArgumentException e) {
            throw new IllegalStateException("区划文件 " + csv + " 无法读取：" + e.getMessage()
                    + "。请确认文件存在且表头为 code,name,level,parent_code。", e);
        }
        return new DivisionTree(divisions);
    }

    public Optional<Division> find(String code) {
        return Optional.ofNullable(byCode.get(code));
    }

    /** A division by any form of its code (padded or significant prefix). */
    public Optional<Division> findByPrefix(String prefix) {
        return Optional.ofNullable(byPrefix.get(prefix));
    }

    public List<Division> children(String code) {
        return byCode.values().stream().filter(d -> code.equals(d.parentCode())).toList();
    }

    public List<Division> ancestors(String code) {
        List<Division> chain = new ArrayList<>();
        Division d = byCode.get(code);
        while (d != null && d.parentCode() != null) {
            d = byCode.get(d.parentCode());
            if (d != null) {
                chain.add(0, d);
            }
        }
        return chain;
    }

    /** A community by its 12-digit code or by its name as staff type it. */
    public CommunityMatch community(String input) {
        Division byExactCode = byCode.get(input);
        if (byExactCode != null) {
            return byExactCode.isCommunity() ? CommunityMatch.found(byExactCode) : CommunityMatch.notACommunity(byExactCode);
        }
        return communityNames.match(input);
    }

    public Collection<Division> all() {
        return byCode.values();
    }
}

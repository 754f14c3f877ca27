package cn.yibiaotong.hub.division;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

/** The grids of the hub's communities, read from {@code config/grids.csv} ({@code code,name,community_code}). */
public final class Grids {

    private final Map<String, Grid> byCode = new LinkedHashMap<>();

    public Grids(List<Grid> grids) {
        grids.forEach(g -> byCode.put(g.code(), g));
    }

    public static Grids load(Path csv, DivisionTree divisions) {
        List<Grid> grids = new ArrayList<>();
        try (Reader reader = Files.newBufferedReader(csv, StandardCharsets.UTF_8)) {
            CSVFormat format = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get();
            for (CSVRecord r : format.parse(reader)) {
                Grid g = new Grid(r.get("code").strip(), r.get("name").strip(), r.get("community_code").strip());
                boolean known = divisions.find(g.communityCode()).map(Division::isCommunity).orElse(false);
                if (!known || !g.code().startsWith(g.communityCode()) || g.code().length() <= 12) {
                    throw new IllegalStateException("网格文件 " + csv + " 第 " + (r.getRecordNumber() + 1) + " 行：网格 "
                            + g.code() + " 的所属社区 " + g.communityCode() + " 不在区划文件中，或网格代码不是以社区代码开头的"
                            + "更长代码。请按“社区 12 位代码 + 网格序号”填写。");
                }
                grids.add(g);
            }
        } catch (IOException | IllegalArgumentException e) {
            throw new IllegalStateException("网格文件 " + csv + " 无法读取：" + e.getMessage()
                    + "。请确认文件存在且表头为 code,name,community_code。", e);
        }
        return new Grids(grids);
    }

    public Optional<Grid> find(String code) {
        return Optional.ofNullable(byCode.get(code));
    }

    /** A grid of the given community by its code or name (spaces ignored). */
    public Optional<Grid> inCommunity(String communityCode, String codeOrName) {
        String wanted = codeOrName.replaceAll("\\s+", "");
        return byCode.values().stream()
                .filter(g -> g.communityCode().equals(communityCode))
                .filter(g -> g.code().equals(wanted) || g.name().equals(wanted))
                .findFirst();
    }

    public List<Grid> ofCommunity(String communityCode) {
        return byCode.values().stream().filter(g -> g.communityCode().equals(communityCode)).toList();
    }
}

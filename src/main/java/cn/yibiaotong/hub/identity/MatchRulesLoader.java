package cn.yibiaotong.hub.identity;

import cn.yibiaotong.hub.configfile.ConfigFileReader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** Reads config/matching.yaml, checks what its schema cannot see, and builds the scorer. */
public final class MatchRulesLoader {

    static final String SCHEMA = "matching.schema.json";

    private MatchRulesLoader() {
    }

    public static MatchScorer load(Path file) {
        return load(file, ConfigFileReader.DEFAULT_SCHEMAS_DIR);
    }

    public static MatchScorer load(Path file, Path schemasDir) {
        ConfigFileReader reader = ConfigFileReader.read(file, schemasDir.resolve(SCHEMA));
        MatchingFile rules = reader.bind(MatchingFile.class);
        if (rules.thresholds().review() > rules.thresholds().link()) {
            throw reader.error("/thresholds/review", "待人工核对的下限 review（" + rules.thresholds().review()
                    + "）高于自动关联的下限 link（" + rules.thresholds().link() + "）",
                    "请让 review 不大于 link：得分不低于 link 自动关联，介于两者之间的交人工核对");
        }
        List<FieldScore> fields = new ArrayList<>();
        Set<String> items = new HashSet<>();
        for (int i = 0; i < rules.fields().size(); i++) {
            MatchingFile.Field f = rules.fields().get(i);
            String at = "/fields/" + i;
            if (!items.add(f.item())) {
                throw reader.error(at + "/item", f.item(), "数据项“" + f.item() + "”比较了两次",
                        "每个数据项只写一项：请删除或合并重复的一项");
            }
            if (!Comparators.ITEMS.get(f.comparator()).contains(f.item())) {
                throw reader.error(at + "/comparator", "比较方法“" + f.comparator() + "”不能比较数据项“" + f.item() + "”",
                        "可用于该数据项的比较方法见 schemas/meta/matching.schema.json 中 comparator 的说明");
            }
            FieldComparator comparator = Comparators.of(f.comparator(), f.item());
            fields.add(FieldScore.of(f, comparator, reader, at));
        }
        return new MatchScorer(fields, rules.thresholds().link(), rules.thresholds().review(),
                rules.blocking().maxBlockSize());
    }
}

package cn.yibiaotong.hub.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.yibiaotong.hub.configfile.ConfigFileException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MatchRulesLoaderTest {

    private static final Path RULES = Path.of("config/matching.yaml");

    @TempDir
    Path dir;

    @Test
    void theShippedRulesLoad() {
        MatchScorer scorer = MatchRulesLoader.load(RULES);
        assertThat(scorer.linkThreshold()).isGreaterThan(scorer.reviewThreshold());
        assertThat(scorer.fields()).extracting(FieldScore::item).contains("person.name", "person.id_number");
        // weight = log2(m/u): name exact is m 0.9, u 0.0005
        FieldScore name = scorer.fields().stream().filter(f -> f.item().equals("person.name")).findFirst().orElseThrow();
        assertThat(name.weights()[0]).isCloseTo(Math.log(0.9 / 0.0005) / Math.log(2), org.assertj.core.data.Offset.offset(1e-9));
    }

    @Test
    void reviewAboveLinkIsRefusedWithLineAndFix() throws IOException {
        Path file = copyWith("  review: 10", "  review: 30");
        assertThatThrownBy(() -> MatchRulesLoader.load(file))
                .isInstanceOf(ConfigFileException.class)
                .hasMessageContaining("第 18 行")
                .hasMessageContaining("待人工核对的下限 review（30.0）高于自动关联的下限 link（22.0）")
                .hasMessageContaining("请让 review 不大于 link");
    }

    @Test
    void levelsMustBeTheComparatorsLevels() throws IOException {
        Path file = copyWith("      swapped: {m: 0.01, u: 0.00004}", "      swaped: {m: 0.01, u: 0.00004}");
        assertThatThrownBy(() -> MatchRulesLoader.load(file))
                .isInstanceOf(ConfigFileException.class)
                .hasMessageContaining("fields[2].levels")
                .hasMessageContaining("比较方法“birth-date”的级别应为 exact、swapped、one-digit、different")
                .hasMessageContaining("不多不少");
    }

    @Test
    void aComparatorMustFitItsItem() throws IOException {
        Path file = copyWith("    comparator: gender", "    comparator: phone");
        assertThatThrownBy(() -> MatchRulesLoader.load(file))
                .isInstanceOf(ConfigFileException.class)
                .hasMessageContaining("比较方法“phone”不能比较数据项“person.gender”");
    }

    @Test
    void anUnknownKeyIsASchemaViolation() throws IOException {
        Path file = copyWith("  maxBlockSize: 500", "  maxBlockSize: 500\n  maxBlocks: 3");
        assertThatThrownBy(() -> MatchRulesLoader.load(file))
                .isInstanceOf(ConfigFileException.class)
                .hasMessageContaining(file.toString())
                .hasMessageContaining("maxBlocks");
    }

    @Test
    void aProbabilityAboveOneIsRefused() throws IOException {
        Path file = copyWith("      agree: {m: 0.99, u: 0.5}", "      agree: {m: 1.5, u: 0.5}");
        assertThatThrownBy(() -> MatchRulesLoader.load(file))
                .isInstanceOf(ConfigFileException.class)
                .hasMessageContaining("fields[3].levels.agree.m");
    }

    @Test
    void aLevelMayBeABareWeightThatRandomPairsLeaveAlone() throws IOException {
        Path file = copyWith("      disagree: {m: 0.01, u: 0.5}", "      disagree: {weight: -9}");
        MatchScorer scorer = MatchRulesLoader.load(file);
        MatchRecord a = new MatchRecord("a", null, false, PersonName.of("张伟"), 19850312, "1", null, null, null, null);
        MatchRecord b = new MatchRecord("b", null, false, PersonName.of("李明"), 19700101, "2", null, null, null, null);
        MatchScorer learned = RandomPairs.estimateU(scorer, java.util.List.of(a, b), 100, 1L);
        FieldScore gender = learned.fields().get(3);
        assertThat(gender.weights()[1]).isEqualTo(-9.0);
        assertThat(gender.weights()[0]).isFinite();
    }

    @Test
    void mAndUTogetherOrAWeightAlone() throws IOException {
        Path file = copyWith("      disagree: {m: 0.01, u: 0.5}", "      disagree: {m: 0.01}");
        assertThatThrownBy(() -> MatchRulesLoader.load(file))
                .isInstanceOf(ConfigFileException.class)
                .hasMessageContaining("级别“disagree”要么同时给出 m 和 u，要么只给出 weight");
    }

    private Path copyWith(String line, String replacement) throws IOException {
        String text = Files.readString(RULES);
        assertThat(text).contains(line);
        Path file = dir.resolve("matching.yaml");
        Files.writeString(file, text.replace(line, replacement));
        return file;
    }
}

package cn.yibiaotong.hub.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MatchEvaluationTest {

    private static final Path DIVISIONS = Path.of("config/divisions/longquanyi.csv");

    @TempDir
    Path dir;

    @Test
    void generatedDepartmentFilesResolveWithHighPrecisionAndRecall() throws Exception {
        int rows = new GroundTruthGenerator(42L, new ErrorRates()).write(2000, dir, DIVISIONS);
        assertThat(rows).isGreaterThan(2000);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PairwiseQuality q = MatchEvaluation.run(dir.resolve("mapping.yaml"),
                MatchRulesLoader.load(Path.of("config/matching.yaml")), MatchEvaluation.communities(DIVISIONS), MatchEvaluation.Learning.NONE,
                new PrintStream(out, true, StandardCharsets.UTF_8));
        assertThat(q.trueClusters()).isEqualTo(2000);
        assertThat(q.precision()).isGreaterThanOrEqualTo(0.995);
        assertThat(q.f1()).isGreaterThanOrEqualTo(0.98);
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("records: " + rows + " from 5 files")
                .contains("precision ").contains("clusters: true 2000").contains("records/s");
    }

    @Test
    void theGeneratorIsReproducibleFromItsSeed() throws Exception {
        new GroundTruthGenerator(7L, new ErrorRates()).write(300, dir.resolve("a"), DIVISIONS);
        new GroundTruthGenerator(7L, new ErrorRates()).write(300, dir.resolve("b"), DIVISIONS);
        assertThat(Files.readString(dir.resolve("a/health.csv"))).isEqualTo(Files.readString(dir.resolve("b/health.csv")));
    }

    @Test
    void aMappedColumnMissingFromTheFileIsNamed() throws Exception {
        Files.writeString(dir.resolve("a.csv"), "姓名,编号\n张伟,1\n");
        Files.writeString(dir.resolve("mapping.yaml"), """
                truth: 编号
                files:
                  - path: a.csv
                    columns: {姓名: person.name, 出生日期: person.birth_date}
                """);
        assertThatThrownBy(() -> LabelledRecords.read(dir.resolve("mapping.yaml"), null))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("文件 a.csv 缺少映射中的列：出生日期。请核对映射文件中的列名与 CSV 表头是否一致。");
    }

    @Test
    void anUnknownItemInTheMappingIsNamed() throws Exception {
        Path mapping = dir.resolve("mapping.yaml");
        Files.writeString(mapping, """
                truth: 编号
                files:
                  - path: a.csv
                    columns: {姓名: person.nmae}
                """);
        assertThatThrownBy(() -> EvaluationMapping.read(mapping))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith(mapping + "：文件 a.csv 的列映射到未知数据项“person.nmae”。");
    }

    @Test
    void aMissingMappingFileIsNamed() {
        Path mapping = dir.resolve("nowhere.yaml");
        assertThatThrownBy(() -> EvaluationMapping.read(mapping))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("映射文件 " + mapping + " 不存在。请检查路径（相对路径从当前目录算起）。");
    }

    @Test
    void pairwiseQualityCountsPairsFromClusterSizes() {
        // truth: {0,1,2} {3}; predicted: {0,1} {2,3}
        PairwiseQuality q = PairwiseQuality.of(new int[] {0, 0, 0, 1}, new int[] {5, 5, 6, 6});
        assertThat(q.truePairs()).isEqualTo(3);
        assertThat(q.predictedPairs()).isEqualTo(2);
        assertThat(q.correctPairs()).isEqualTo(1);
        assertThat(q.precision()).isEqualTo(0.5);
        assertThat(q.recall()).isEqualTo(1.0 / 3);
    }
}

package cn.yibiaotong.hub.identity;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LevelsTest {

    @Test
    void levelsSurviveTheirStoredForm() {
        int[] levels = {0, 1, -1, 3};
        assertThat(Levels.format(levels)).isEqualTo("0,1,-1,3");
        assertThat(Levels.parse("0,1,-1,3")).containsExactly(levels);
        assertThat(Levels.parse("")).isEmpty();
    }

    @Test
    void evidenceNamesEachFieldsLevelAndWeightAndAddsUpToTheScore() {
        MatchScorer scorer = MatchRulesLoader.load(java.nio.file.Path.of("config/matching.yaml"));
        RecordPreparer preparer = new RecordPreparer(c -> c, java.time.LocalDate.of(2026, 11, 23));
        MatchRecord a = preparer.prepare("a", java.util.Map.of("person.name", "张伟", "person.birth_date", "1960-05-01"));
        MatchRecord b = preparer.prepare("b", java.util.Map.of("person.name", "张玮", "person.birth_date", "1960-05-01"));
        MatchScorer.Comparison c = scorer.compare(a, b);

        var evidence = scorer.evidence(c.levels());
        assertThat(evidence).filteredOn(e -> e.item().equals("person.name")).singleElement()
                .satisfies(e -> assertThat(e.level()).isEqualTo("homophone"));
        assertThat(evidence).filteredOn(e -> e.item().equals("person.phone")).singleElement()
                .satisfies(e -> assertThat(e.level()).isEqualTo("missing"));
        assertThat(evidence.stream().mapToDouble(MatchScorer.Evidence::weight).sum())
                .isCloseTo(c.score(), org.assertj.core.data.Offset.offset(1e-9));
    }
}

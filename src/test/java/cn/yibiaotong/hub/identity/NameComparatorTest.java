package cn.yibiaotong.hub.identity;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class NameComparatorTest {

    private static String level(String a, String b) {
        return NameComparator.level(PersonName.of(a), PersonName.of(b));
    }

    @Test
    void sameCharactersAfterCleaningAreExact() {
        assertThat(level("张伟", "张 伟")).isEqualTo("exact");
        assertThat(level("阿依古丽·买买提", "阿依古丽买买提")).isEqualTo("exact");
        assertThat(level("ＬＩ明", "LI明")).isEqualTo("exact");
    }

    @Test
    void homophonesScoreAsHomophones() {
        assertThat(level("张伟", "张玮")).isEqualTo("homophone");
        assertThat(level("刘德华", "留德华")).isEqualTo("homophone");
    }

    @Test
    void anyReadingOfAPolyphonicCharacterCounts() {
        // 曾 reads zeng and ceng; 层 only ceng
        assertThat(level("曾伟", "层伟")).isEqualTo("homophone");
        // 单 reads dan and shan; 山 only shan
        assertThat(level("单明", "山明")).isEqualTo("homophone");
    }

    @Test
    void southWesternMergersAreSimilarSound() {
        assertThat(level("刘强", "牛强")).isEqualTo("similar-sound");   // l/n
        assertThat(level("张伟", "藏伟")).isEqualTo("similar-sound");   // zh/z, ang
        assertThat(level("陈平", "陈贫")).isEqualTo("similar-sound");   // ing/in
    }

    @Test
    void oneOtherCharacterIsNotAHomophone() {
        assertThat(level("张子涵", "张子轩")).isEqualTo("one-character");
        assertThat(level("王芳", "李明")).isEqualTo("different");
        assertThat(level("王芳", "王芳芳")).isEqualTo("different");
    }

    @Test
    void blankNamesAreMissing() {
        assertThat(PersonName.of(" · ")).isNull();
        assertThat(PersonName.of(null)).isNull();
    }
}

package cn.yibiaotong.hub.division;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DivisionTreeTest {

    static final DivisionTree LONGQUANYI = DivisionTree.load(Path.of("config/divisions/longquanyi.csv"));

    @Test
    void loadsLongquanyisRealStreetsAndCommunities() {
        assertThat(LONGQUANYI.find("510112001000").orElseThrow().name()).isEqualTo("龙泉街道");
        assertThat(LONGQUANYI.children("510112000000")).hasSize(10);
        assertThat(LONGQUANYI.all().stream().filter(Division::isCommunity)).hasSize(124);
        assertThat(LONGQUANYI.ancestors("510112001001")).extracting(Division::name)
                .containsExactly("四川省", "成都市", "龙泉驿区", "龙泉街道");
    }

    @Test
    void communityIsFoundByCodeByFullNameAndByTheNameStaffType() {
        assertThat(LONGQUANYI.community("510112001001").community().name()).isEqualTo("滨河花园社区居委会");
        assertThat(LONGQUANYI.community("滨河花园社区居委会").community().code()).isEqualTo("510112001001");
        assertThat(LONGQUANYI.community("滨河花园社区").community().code()).isEqualTo("510112001001");
        assertThat(LONGQUANYI.community("滨河花园").community().code()).isEqualTo("510112001001");
        assertThat(LONGQUANYI.community(" 滨河花园社区 ").community().code()).isEqualTo("510112001001");
    }

    @Test
    void aStreetCodeIsNotACommunityAndAnUnknownNameIsUnknown() {
        CommunityMatch street = LONGQUANYI.community("510112001000");
        assertThat(street.isFound()).isFalse();
        assertThat(street.otherLevel().name()).isEqualTo("龙泉街道");
        CommunityMatch unknown = LONGQUANYI.community("不存在社区");
        assertThat(unknown.isFound()).isFalse();
        assertThat(unknown.isAmbiguous()).isFalse();
    }

    @Test
    void aNameUsedTwiceInTheDistrictIsAmbiguous(@TempDir Path dir) throws Exception {
        DivisionTree tree = DivisionTree.load(write(dir, List.of(
                "510112000000,龙泉驿区,county,",
                "510112001000,龙泉街道,town,510112000000",
                "510112002000,大面街道,town,510112000000",
                "510112001001,新村社区居委会,village,510112001000",
                "510112002001,新村社区,village,510112002000")));
        CommunityMatch match = tree.community("新村社区");
        assertThat(match.isAmbiguous()).isTrue();
        assertThat(match.candidates()).extracting(Division::code).containsExactly("510112001001", "510112002001");
    }

    @Test
    void aThreeLevelCityWithoutStreetsWorksByConfigurationAlone(@TempDir Path dir) throws Exception {
        // 市-区-社区: the communities hang directly under the district
        DivisionTree tree = DivisionTree.load(write(dir, List.of(
                "441900000000,东莞市,city,",
                "441900003000,东城区,county,441900000000",
                "441900003001,东城社区,village,441900003000",
                "441900003002,主山社区,village,441900003000")));
        assertThat(tree.community("主山社区").community().code()).isEqualTo("441900003002");
        assertThat(tree.ancestors("441900003002")).extracting(Division::name).containsExactly("东莞市", "东城区");
        assertThat(tree.children("441900003000")).hasSize(2);
    }

    @Test
    void aMissingFileSaysWhichFileAndWhatItShouldHold() {
        assertThatThrownBy(() -> DivisionTree.load(Path.of("config/divisions/nowhere.csv")))
                .hasMessageContaining("config/divisions/nowhere.csv").hasMessageContaining("code,name,level,parent_code");
    }

    @Test
    void gridsBelongToTheirCommunity() {
        Grids grids = Grids.load(Path.of("config/grids.csv"), LONGQUANYI);
        assertThat(grids.inCommunity("510112001001", "滨河花园第二网格").orElseThrow().code()).isEqualTo("510112001001002");
        assertThat(grids.inCommunity("510112001001", "510112001001003")).isPresent();
        assertThat(grids.inCommunity("510112001002", "滨河花园第二网格")).isEmpty();
    }

    @Test
    void aGridOutsideAnyKnownCommunityStopsLoadingWithTheLine(@TempDir Path dir) throws Exception {
        Path csv = dir.resolve("grids.csv");
        Files.writeString(csv, "code,name,community_code\n510112001001001,一网格,510112001001\n999999999999001,坏网格,999999999999\n");
        assertThatThrownBy(() -> Grids.load(csv, LONGQUANYI)).hasMessageContaining("第 3 行").hasMessageContaining("999999999999");
    }

    private static Path write(Path dir, List<String> rows) throws Exception {
        Path csv = dir.resolve("divisions.csv");
        Files.writeString(csv, "code,name,level,parent_code\n" + String.join("\n", rows) + "\n", StandardCharsets.UTF_8);
        return csv;
    }
}

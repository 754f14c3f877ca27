package cn.yibiaotong.hub.cases;

import static org.assertj.core.api.Assertions.assertThat;

import cn.yibiaotong.hub.division.DivisionTree;
import cn.yibiaotong.hub.division.Grids;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** Placing a case by the community named in its address, on Longquanyi's real division list. */
class CaseLocatorTest {

    private final DivisionTree tree = DivisionTree.load(Path.of("config/divisions/longquanyi.csv"));
    private final CaseLocator locator = new CaseLocator(tree, Grids.load(Path.of("config/grids.csv"), tree));

    @Test
    void theCommunityAndGridNamedInTheAddressAreFound() {
        assertThat(locator.locate(address("龙泉街道长柏路社区长柏路第二网格 12 号"))).isEqualTo(new Located("510112001002", "510112001002002"));
        assertThat(locator.locate(address("滨河花园3栋"))).isEqualTo(new Located("510112001001", null));
    }

    @Test
    void aCommonWordIsNotTakenForACommunity() {
        // 广场社区 must not be found in every address with 广场 (a square) in it
        assertThat(locator.locate(address("万达广场门口"))).isEqualTo(Located.NOWHERE);
    }

    private static CaseSubmission.Location address(String text) {
        return new CaseSubmission.Location(null, null, text, null, null);
    }
}

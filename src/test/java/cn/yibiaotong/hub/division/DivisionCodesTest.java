package cn.yibiaotong.hub.division;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DivisionCodesTest {

    @ParameterizedTest
    @CsvSource({
            "510000000000, 51", "510100000000, 5101", "510112000000, 510112", "510112001000, 510112001",
            "510112001001, 510112001001", "51, 51", "510112, 510112", "510112001, 510112001",
            "510112001001002, 510112001001002", "' 510112 ', 510112"})
    void anyLevelPaddedOrNotBecomesItsSignificantPrefix(String input, String prefix) {
        assertThat(DivisionCodes.toPrefix(input)).contains(prefix);
    }

    @ParameterizedTest
    @CsvSource({"abc", "5101120", "51011200100", "''", "5101１2"})
    void somethingThatIsNoDivisionCodeIsRefused(String input) {
        assertThat(DivisionCodes.toPrefix(input)).isEmpty();
    }
}

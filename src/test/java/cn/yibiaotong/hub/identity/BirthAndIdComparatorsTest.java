package cn.yibiaotong.hub.identity;

import static org.assertj.core.api.Assertions.assertThat;

import cn.yibiaotong.hub.normalize.IdNumbers;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;

class BirthAndIdComparatorsTest {

    // structurally valid synthetic numbers (GB 11643 check digit), not real people's
    private static final String VALID = "510112198503120010";
    private final RecordPreparer preparer = new RecordPreparer(c -> c, LocalDate.of(2026, 11, 23));

    @Test
    void birthDatesExactSwappedOneDigitOrDifferent() {
        assertThat(BirthDateComparator.level(19850312, 19850312)).isEqualTo("exact");
        assertThat(BirthDateComparator.level(19850312, 19851203)).isEqualTo("swapped");
        assertThat(BirthDateComparator.level(19850312, 19850313)).isEqualTo("one-digit");
        assertThat(BirthDateComparator.level(19850312, 19580312)).isEqualTo("different");
    }

    @Test
    void birthDatesInAnyFormatStaffTypeAndImpossibleOnesAsUnknown() {
        assertThat(preparer.prepare("a", Map.of(RecordPreparer.BIRTH, "1985-03-12")).birth()).isEqualTo(19850312);
        assertThat(preparer.prepare("a", Map.of(RecordPreparer.BIRTH, "1985年3月12日")).birth()).isEqualTo(19850312);
        assertThat(preparer.prepare("a", Map.of(RecordPreparer.BIRTH, "1985/3/31")).birth()).isEqualTo(19850331);
        assertThat(preparer.prepare("a", Map.of(RecordPreparer.BIRTH, "1985-02-30")).birth()).isZero();
        assertThat(preparer.prepare("a", Map.of(RecordPreparer.BIRTH, "1985-13-40")).birth()).isZero();
        assertThat(preparer.prepare("a", Map.of(RecordPreparer.BIRTH, "2030-01-01")).birth()).isZero();
    }

    @Test
    void aTransposedIdIsUntrustedButStrongEvidence() {
        String transposed = "510112195803120010"; // digits 9 and 10 swapped: the check digit fails
        MatchRecord bad = preparer.prepare("a", Map.of(RecordPreparer.ID, transposed));
        assertThat(bad.idTrusted()).isFalse();
        assertThat(bad.trustedId()).isNull();
        assertThat(IdEvidenceComparator.level(transposed, false, VALID, true)).isEqualTo("transposed");
    }

    @Test
    void aSubstitutedDigitOrTheBirthPartAgreeing() {
        assertThat(IdEvidenceComparator.level("510112198503120011", false, VALID, true)).isEqualTo("one-digit");
        assertThat(IdEvidenceComparator.level("510113198503120987", false, VALID, true)).isEqualTo("birth-part");
        assertThat(IdEvidenceComparator.level("110101197001010987", false, VALID, true))
                .isEqualTo("untrusted-different");
    }

    @Test
    void twoValidNumbersThatDifferAreTwoPeople() {
        String other = "510112198503120037";
        assertThat(IdNumbers.normalize(other, LocalDate.of(2026, 1, 1)).isOk()).isTrue();
        assertThat(IdEvidenceComparator.level(VALID, true, other, true)).isEqualTo("different");
    }

    @Test
    void fifteenDigitNumbersAreUpgradedAndTrusted() {
        MatchRecord old = preparer.prepare("a", Map.of(RecordPreparer.ID, "510112850312001"));
        assertThat(old.trustedId()).isEqualTo(VALID);
        // birth date and sex come from a trusted number when the source lacks them
        assertThat(old.birth()).isEqualTo(19850312);
        assertThat(old.gender()).isEqualTo("1");
    }

    @Test
    void fullWidthAndLowerCaseXAreCleanedBeforeTheCheck() {
        MatchRecord r = preparer.prepare("a", Map.of(RecordPreparer.ID, "５１０１１２１９８５０３１２００１０"));
        assertThat(r.trustedId()).isEqualTo(VALID);
    }
}

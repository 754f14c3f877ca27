package cn.yibiaotong.hub.crash;

import static org.assertj.core.api.Assertions.assertThat;

import cn.yibiaotong.hub.testing.HubStore;
import java.util.HashSet;
import java.util.Set;

/** What a store holds after a crash and a resend, when it ends as an undisturbed run of the same files would. */
final class UndisturbedRun {

    private UndisturbedRun() {
    }

    /** Exactly these residents, each with one current version of its one record, none written twice. */
    static void assertEachResidentOnce(HubStore s, Set<String> idNumbers) {
        assertThat(new HashSet<>(s.jdbc().queryForList("SELECT id_number FROM resident", String.class)))
                .isEqualTo(idNumbers);
        assertThat(s.recordVersions()).as("one version per resident, none twice").isEqualTo(idNumbers.size());
        assertThat(s.count("SELECT COUNT(*) FROM resident_record WHERE version <> 1 OR valid_to IS NOT NULL"))
                .isZero();
    }
}

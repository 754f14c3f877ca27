package cn.yibiaotong.hub.identity;

import static org.assertj.core.api.Assertions.assertThat;

import cn.yibiaotong.hub.identity.ChunkResolution.Kind;
import cn.yibiaotong.hub.samples.SyntheticIds;
import cn.yibiaotong.hub.testing.HubIntegrationTest;
import cn.yibiaotong.hub.testing.HubStore;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** The resolver against residents filed in the real blocking index (H2), one decision per test. */
@HubIntegrationTest
class IngestResolverTest {

    static final String ID = SyntheticIds.of("510112", LocalDate.of(1960, 5, 1), true, 7);
    static final String OTHER_ID = SyntheticIds.of("510112", LocalDate.of(1960, 5, 1), true, 8);

    @Autowired
    IngestResolver resolver;
    @Autowired
    StoredIdentities stored;
    @Autowired
    JdbcTemplate jdbc;

    @BeforeEach
    void empty() {
        new HubStore(jdbc).clear();
    }

    @Test
    void storedTrustedIdLinksAtOnce() {
        String zhang = resident(ID, "street-roster", zhangWei(ID, "13990005678"));

        ChunkResolution r = resolver.resolve("health-elderly-checks", List.of(input(1, zhangWei(ID, null))));

        assertThat(r.outcome(1)).isEqualTo(new ChunkResolution.Outcome(zhang, Kind.ID));
        assertThat(r.newResidents()).isEmpty();
    }

    @Test
    void recordWithoutIdFromAnotherSourceJoinsAsAMergeThatCanBeUndone() {
        String zhang = resident(ID, "street-roster", zhangWei(ID, "13990005678"));

        ChunkResolution r = resolver.resolve("health-elderly-checks", List.of(input(1, zhangWei(null, "13990005678"))));

        assertThat(r.outcome(1)).isEqualTo(new ChunkResolution.Outcome(zhang, Kind.MERGED));
        ChunkResolution.NewResident own = r.newResidents().get(0);
        assertThat(own.mergedInto()).isEqualTo(zhang);
        assertThat(r.merges()).singleElement().satisfies(m -> {
            assertThat(m.survivorId()).isEqualTo(zhang);
            assertThat(m.retiredId()).isEqualTo(own.id());
            assertThat(m.idNumber()).isNull();
            assertThat(m.score()).isGreaterThanOrEqualTo(22);
        });
    }

    @Test
    void recordWithoutIdFromTheSameSourceIsThatSourceRecordAgain() {
        String zhang = resident(null, "health-elderly-checks", zhangWei(null, "13990005678"));

        ChunkResolution r = resolver.resolve("health-elderly-checks", List.of(input(1, zhangWei(null, "13990005678"))));

        assertThat(r.outcome(1)).isEqualTo(new ChunkResolution.Outcome(zhang, Kind.LINKED));
        assertThat(r.newResidents()).isEmpty();
    }

    @Test
    void homophoneWithAnotherPhoneIsANewResidentWithAReviewPair() {
        String zhang = resident(ID, "street-roster", zhangWei(ID, "13990005678"));
        Map<String, String> homophone = zhangWei(null, "13700009999");
        homophone.put("person.name", "张玮");

        ChunkResolution r = resolver.resolve("health-elderly-checks", List.of(input(4, homophone)));

        assertThat(r.outcome(4).kind()).isEqualTo(Kind.REVIEW);
        assertThat(r.reviews()).singleElement().satisfies(p -> {
            assertThat(p.row()).isEqualTo(4);
            assertThat(p.residentId()).isEqualTo(r.outcome(4).residentId());
            assertThat(p.candidateId()).isEqualTo(zhang);
            assertThat(p.score()).isBetween(10.0, 22.0);
        });
    }

    @Test
    void aResidentWithAnotherValidIdIsNeverACandidate() {
        resident(ID, "street-roster", zhangWei(ID, "13990005678"));

        ChunkResolution r = resolver.resolve("public-security-hukou", List.of(input(1, zhangWei(OTHER_ID, "13990005678"))));

        assertThat(r.outcome(1).kind()).isEqualTo(Kind.NEW);
        assertThat(r.reviews()).isEmpty();
        assertThat(r.newResidents()).singleElement().satisfies(n -> assertThat(n.idNumber()).isEqualTo(OTHER_ID));
    }

    @Test
    void newIdFindsTheResidentItsRecordsWithoutIdMadeAndBringsItsNumber() {
        String earlier = resident(null, "health-elderly-checks", zhangWei(null, "13990005678"));

        ChunkResolution r = resolver.resolve("street-roster", List.of(input(1, zhangWei(ID, "13990005678"))));

        assertThat(r.outcome(1)).isEqualTo(new ChunkResolution.Outcome(earlier, Kind.MERGED));
        assertThat(r.merges()).singleElement().satisfies(m -> assertThat(m.idNumber()).isEqualTo(ID));
    }

    @Test
    void aKnownIdStillMeetsTheResidentsWithoutIdThatItsOtherRecordsDidNotFind() {
        String known = resident(ID, "public-security-hukou", Map.of("person.id_number", ID, "person.name", "张伟"));
        String withoutId = resident(null, "health-elderly-checks", zhangWei(null, "13990005678"));

        ChunkResolution r = resolver.resolve("street-roster", List.of(input(1, zhangWei(ID, "13990005678"))));

        assertThat(r.outcome(1)).isEqualTo(new ChunkResolution.Outcome(known, Kind.ID));
        assertThat(r.absorbs()).singleElement().satisfies(a -> {
            assertThat(a.survivorId()).isEqualTo(known);
            assertThat(a.retiredId()).isEqualTo(withoutId);
        });
    }

    @Test
    void twoRecordsOfOnePersonInOneChunkMeetEachOther() {
        ChunkResolution r = resolver.resolve("health-elderly-checks",
                List.of(input(1, zhangWei(null, "13990005678")), input(2, zhangWei(null, "13990005678"))));

        assertThat(r.outcome(1).kind()).isEqualTo(Kind.NEW);
        assertThat(r.outcome(2)).isEqualTo(new ChunkResolution.Outcome(r.outcome(1).residentId(), Kind.LINKED));
    }

    @Test
    void someoneElseEntirelyIsNew() {
        resident(ID, "street-roster", zhangWei(ID, "13990005678"));
        Map<String, String> li = new HashMap<>(Map.of("person.name", "李秀英", "person.birth_date", "1948-11-30",
                "person.gender", "2"));

        ChunkResolution r = resolver.resolve("health-elderly-checks", List.of(input(1, li)));

        assertThat(r.outcome(1).kind()).isEqualTo(Kind.NEW);
        assertThat(r.reviews()).isEmpty();
    }

    private static Map<String, String> zhangWei(String id, String phone) {
        Map<String, String> v = new HashMap<>(Map.of("person.name", "张伟", "person.birth_date", "1960-05-01",
                "person.gender", "1"));
        if (id != null) {
            v.put("person.id_number", id);
        }
        if (phone != null) {
            v.put("person.phone", phone);
        }
        return v;
    }

    private static IngestResolver.Input input(long row, Map<String, String> values) {
        return new IngestResolver.Input(row, values);
    }

    /** A stored resident holding one source record, filed in the index as ingest files it. */
    private String resident(String idNumber, String connector, Map<String, String> values) {
        String id = UUID.randomUUID().toString();
        OffsetDateTime now = OffsetDateTime.now();
        jdbc.update("INSERT INTO resident (id, id_number, version, created_at, updated_at) VALUES (?, ?, 1, ?, ?)",
                id, idNumber, now, now);
        stored.save(List.of(new StoredIdentities.Stored(id, connector, resolver.prepare(connector, values))));
        return id;
    }
}

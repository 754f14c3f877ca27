package cn.yibiaotong.hub.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ResolverTest {

    // synthetic numbers with a valid GB 11643 check digit
    private static final String ID = "510112198503120010";
    private static final String TWIN_ID = "510112201503120031";
    private final RecordPreparer preparer = new RecordPreparer(c -> c, LocalDate.of(2026, 11, 23));
    private Resolver resolver;

    @BeforeEach
    void setUp() {
        resolver = new Resolver(MatchRulesLoader.load(Path.of("config/matching.yaml")));
    }

    @Test
    void aValidIdLinksDeterministically() {
        Resolver.Resolution first = resolve(person("张伟", ID, "1985-03-12", null, null));
        Resolver.Resolution second = resolve(person("张卫东", " 510112 19850312 0010 ", null, null, null));
        assertThat(second.tier()).isEqualTo(Resolver.Tier.ID);
        assertThat(resolver.clusterOf(second.ordinal())).isEqualTo(first.ordinal());
    }

    @Test
    void aHomophoneWithoutIdLinksOnNameBirthDateAndPhone() {
        Resolver.Resolution stored = resolve(person("张伟", ID, "1985-03-12", "13812345678", "驿都大道12号"));
        Resolver.Resolution typed = resolve(person("张玮", null, "1985/3/12", "138 1234 5678", null));
        assertThat(typed.tier()).isEqualTo(Resolver.Tier.PROBABILISTIC);
        assertThat(resolver.clusterOf(typed.ordinal())).isEqualTo(stored.ordinal());
    }

    @Test
    void swappedDayAndMonthAndATransposedIdStillLink() {
        Resolver.Resolution stored = resolve(person("李秀兰", ID, null, "13812345678", "驿都大道12号"));
        Resolver.Resolution typed = resolve(person("李秀兰", "510112195803120010", "1985-12-03", "13812345678", null));
        assertThat(resolver.record(typed.ordinal()).trustedId()).isNull();
        assertThat(typed.tier()).isEqualTo(Resolver.Tier.PROBABILISTIC);
        assertThat(resolver.clusterOf(typed.ordinal())).isEqualTo(stored.ordinal());
    }

    @Test
    void twinsSharingEverythingButTheGivenNameAreNeverLinkedAutomatically() {
        resolve(person("王子涵", TWIN_ID, "2015-03-12", "13812345678", "驿都大道12号"));
        Resolver.Resolution twin = resolve(person("王子轩", null, "2015-03-12", "13812345678", "驿都大道12号"));
        assertThat(twin.tier()).isEqualTo(Resolver.Tier.REVIEW);
        assertThat(resolver.clusterOf(twin.ordinal())).isEqualTo(twin.ordinal());
        assertThat(twin.reviews()).containsExactly(0);
    }

    @Test
    void aRecordWithoutIdJoinsItsResidentWhicheverIdRecordCameFirst() {
        // 人社 knows name, sex and ID; 民政 name, sex, community and address but no ID; 公安 all but the phone
        Map<String, String> employment = person("周秀兰", ID, null, null, null);
        employment.remove(RecordPreparer.COMMUNITY);
        Map<String, String> assistance = person("周秀兰", null, null, null, "驿都大道12号");
        Map<String, String> hukou = person("周秀兰", ID, "1985-03-12", null, null);
        hukou.put(RecordPreparer.REGISTERED, "四川省成都市龙泉驿区驿都大道12号");
        resolve(employment);
        Resolver.Resolution noId = resolve(assistance);
        // a name alone is not enough: not linked yet
        assertThat(resolver.clusterOf(noId.ordinal())).isEqualTo(noId.ordinal());
        Resolver.Resolution last = resolve(hukou);
        assertThat(last.tier()).isEqualTo(Resolver.Tier.ID);
        assertThat(resolver.clusterOf(noId.ordinal())).isEqualTo(resolver.clusterOf(last.ordinal())).isZero();
    }

    @Test
    void reversingTheOrderKeepsEveryResident() {
        assertThat(OrderStability.sameClusters(new int[] {0, 0, 2, 3}, new int[] {9, 9, 7, 8})).isEqualTo(1.0);
        assertThat(OrderStability.sameClusters(new int[] {0, 0, 2, 3}, new int[] {9, 9, 9, 8})).isEqualTo(0.25);
    }

    @Test
    void anInvalidIdIsNeverAKey() {
        String badCheck = "510112198503120011";
        resolve(person("刘洋", badCheck, null, null, null));
        Resolver.Resolution other = resolve(person("陈静", badCheck, null, null, null));
        assertThat(other.tier()).isNotEqualTo(Resolver.Tier.ID).isNotEqualTo(Resolver.Tier.PROBABILISTIC);
        assertThat(resolver.clusterOf(other.ordinal())).isEqualTo(other.ordinal());
    }

    @Test
    void twoValidIdsAreTwoResidentsEvenIfAChainWouldJoinThem() {
        Clusters clusters = new Clusters();
        int a = clusters.add(ID);
        int b = clusters.add(null);
        int c = clusters.add(TWIN_ID);
        assertThat(clusters.union(a, b)).isTrue();
        assertThat(clusters.union(b, c)).isFalse();
        assertThat(clusters.find(c)).isEqualTo(c);
        assertThat(clusters.find(b)).isEqualTo(a);
    }

    @Test
    void blockingKeepsComparisonsFewAsTheStoreGrows() {
        for (int i = 0; i < 5000; i++) {
            LocalDate birth = LocalDate.of(1940, 1, 1).plusDays(i * 7L);
            resolver.addResident(preparer.prepare("s" + i, Map.of(RecordPreparer.NAME, "王" + (char) ('一' + i % 500),
                    RecordPreparer.BIRTH, birth.toString(), RecordPreparer.COMMUNITY, "510112001001")));
        }
        Resolver.Resolution r = resolve(person("王伟", null, "1960-05-05", null, null));
        // a few blocks of 王伟's homophones (王为, 王伟, 王位 … in one community), not the 5,000 stored
        assertThat(r.comparisons()).isLessThan(100);
    }

    private Resolver.Resolution resolve(Map<String, String> values) {
        return resolver.resolve(preparer.prepare("r" + resolver.size(), values));
    }

    private static Map<String, String> person(String name, String id, String birth, String phone, String address) {
        Map<String, String> v = new HashMap<>();
        v.put(RecordPreparer.NAME, name);
        v.put(RecordPreparer.ID, id);
        v.put(RecordPreparer.BIRTH, birth);
        v.put(RecordPreparer.PHONE, phone);
        v.put(RecordPreparer.RESIDENCE, address);
        v.put(RecordPreparer.COMMUNITY, "510112001001");
        return v;
    }
}

package cn.yibiaotong.hub.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class AddressAndOtherComparatorsTest {

    private final RecordPreparer preparer = new RecordPreparer(c -> c, LocalDate.of(2026, 11, 23));

    @Test
    void addressVariantsNormaliseAlike() {
        String canonical = Addresses.normalize("四川省成都市龙泉驿区驿都大道12号3栋2单元401室");
        assertThat(canonical).isEqualTo("驿都大道12号3-2-401");
        assertThat(Addresses.normalize("龙泉驿区 驿都大道１２号3幢2单元401")).isEqualTo(canonical);
        assertThat(Addresses.normalize("驿都大道十二号三号楼2单元401室")).isEqualTo(canonical);
        assertThat(Addresses.normalize("成都市龙泉驿区驿都大道12#3-2-401")).isEqualTo(canonical);
    }

    @Test
    void aCommunityIsNotADistrictPrefix() {
        assertThat(Addresses.normalize("长柏路社区5组")).isEqualTo("长柏路社区5组");
    }

    @Test
    void chineseNumerals() {
        assertThat(ChineseNumerals.value("十二")).isEqualTo(12);
        assertThat(ChineseNumerals.value("二十")).isEqualTo(20);
        assertThat(ChineseNumerals.value("一百零五")).isEqualTo(105);
        assertThat(ChineseNumerals.value("二〇一")).isEqualTo(201);
    }

    @Test
    void residenceFallsBackToTheRegisteredAddressOfASourceWithoutOne() {
        MatchRecord hukou = record(RecordPreparer.REGISTERED, "龙泉驿区驿都大道12号");
        MatchRecord assistance = record(RecordPreparer.RESIDENCE, "驿都大道12号");
        AddressComparator residence = (AddressComparator) Comparators.of("address", RecordPreparer.RESIDENCE);
        AddressComparator registered = (AddressComparator) Comparators.of("address", RecordPreparer.REGISTERED);
        assertThat(residence.compare(hukou, assistance)).isZero();
        assertThat(registered.compare(hukou, assistance)).isEqualTo(FieldComparator.MISSING);
    }

    @Test
    void phonesGendersAndDivisions() {
        MatchRecord a = preparer.prepare("a", Map.of(RecordPreparer.PHONE, "+86 138 1234 5678",
                RecordPreparer.GENDER, "男", RecordPreparer.COMMUNITY, "510112001001"));
        MatchRecord b = preparer.prepare("b", Map.of(RecordPreparer.PHONE, "13812345679",
                RecordPreparer.GENDER, "M", RecordPreparer.COMMUNITY, "510112001005"));
        assertThat(a.phone()).isEqualTo("13812345678");
        assertThat(new PhoneComparator().compare(a, b)).isEqualTo(1);          // one digit
        assertThat(new GenderComparator().compare(a, b)).isZero();             // agree
        assertThat(new DivisionComparator().compare(a, b)).isEqualTo(1);       // same street
    }

    private MatchRecord record(String item, String value) {
        Map<String, String> v = new HashMap<>();
        v.put(item, value);
        return preparer.prepare(item, v);
    }
}

package cn.yibiaotong.hub.resident;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class HouseholdKeyTest {

    @Test
    void theSourcesHouseholdNumberIsTheHousehold() {
        assertThat(HouseholdKey.of(" H0001 ", "10", "北京路3号")).isEqualTo("H0001");
        assertThat(HouseholdKey.fromAddress("H0001")).isFalse();
    }

    @Test
    void withoutNumberTheRegisteredAddressGroupsThoseWithARelationshipWrittenEitherWay() {
        String a = HouseholdKey.of(null, "02", "四川省成都市龙泉驿区北京路 3 号 2 栋 1 单元 101 室");
        String b = HouseholdKey.of("", "20", "北京路3号2幢1-101");
        assertThat(a).isEqualTo(b).startsWith("A");
        assertThat(HouseholdKey.fromAddress(a)).isTrue();
        assertThat(HouseholdKey.of(null, "02", "北京路5号")).isNotEqualTo(a);
    }

    @Test
    void noNumberAndNoRelationshipOrNoAddressIsNoHousehold() {
        assertThat(HouseholdKey.of(null, null, "北京路3号")).isNull();
        assertThat(HouseholdKey.of(null, "02", null)).isNull();
        assertThat(HouseholdKey.of(null, "02", "  ")).isNull();
    }
}

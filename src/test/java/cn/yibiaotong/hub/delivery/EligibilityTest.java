package cn.yibiaotong.hub.delivery;

import static org.assertj.core.api.Assertions.assertThat;

import cn.yibiaotong.hub.connector.RowSelection;
import cn.yibiaotong.hub.datalist.DataList;
import cn.yibiaotong.hub.datalist.DataListLoader;
import cn.yibiaotong.hub.department.DepartmentsLoader;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Who belongs in a delivery, and the reason a department reads for everyone who does not. */
class EligibilityTest {

    private static final DataList DATA_LIST = DataListLoader.load(Path.of("schemas/data-list.yaml"),
            DepartmentsLoader.load(Path.of("config/departments.yaml")));
    private static final LocalDate NOVEMBER_END = LocalDate.of(2026, 11, 30);

    private final Eligibility assistance = new Eligibility(new RowSelection(List.of("welfare.assistance_type"), null, null),
            DATA_LIST, NOVEMBER_END, "510112001");
    private final Eligibility elderly = new Eligibility(new RowSelection(null, 65, null), DATA_LIST, NOVEMBER_END, "510112001");

    @Test
    void aListedLivingResidentWithTheItemBelongs() {
        assertThat(assistance.exclusion(resident("510112001001", "1950-01-01", Map.of("welfare.assistance_type", "01")), true))
                .isEmpty();
    }

    @Test
    void deathRecordedByPublicSecurityComesFirst() {
        assertThat(assistance.exclusion(resident("510112001001", "1950-01-01",
                Map.of("welfare.assistance_type", "01", "person.death_date", "2026-11-03")), true))
                .contains("公安户籍已注销：死亡（2026-11-03）");
    }

    @Test
    void leftOffTheRosterMeansMovedAway() {
        assertThat(assistance.exclusion(resident("510112001001", "1950-01-01", Map.of("welfare.assistance_type", "01")), false))
                .contains("已不在街道最新花名册中（迁出或不再在本社区居住）");
    }

    @Test
    void nowLivingInAnotherStreet() {
        assertThat(assistance.exclusion(resident("510112002003", "1950-01-01", Map.of("welfare.assistance_type", "01")), true))
                .contains("已迁出本辖区（现属 510112002003）");
    }

    @Test
    void noLongerHoldingTheItemTheDeliveryIsAbout() {
        assertThat(assistance.exclusion(resident("510112001001", "1950-01-01", Map.of()), true))
                .contains("不再符合报送条件：已无低保类型");
    }

    @Test
    void ageIsCountedOnTheLastDayOfThePeriod() {
        assertThat(elderly.exclusion(resident("510112001001", "1961-11-30", Map.of()), true)).isEmpty();
        assertThat(elderly.exclusion(resident("510112001001", "1961-12-01", Map.of()), true))
                .contains("年龄 64 岁，不在报送范围内");
        assertThat(elderly.exclusion(resident("510112001001", null, Map.of()), true))
                .contains("缺少出生日期，无法判断是否在报送年龄范围内");
    }

    private static DeliveryResident resident(String community, String birthDate, Map<String, String> values) {
        return new DeliveryResident("r1", "510112195001011234", community,
                birthDate == null ? null : LocalDate.parse(birthDate), values);
    }
}

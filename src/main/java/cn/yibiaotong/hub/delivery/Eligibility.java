package cn.yibiaotong.hub.delivery;

import cn.yibiaotong.hub.connector.RowSelection;
import cn.yibiaotong.hub.datalist.DataItem;
import cn.yibiaotong.hub.datalist.DataList;
import java.time.LocalDate;
import java.time.Period;
import java.util.Optional;

/**
 * Whether a resident belongs in a department's delivery, and if not, why — the reason the department reads in
 * the removals list when someone it received last time is no longer there.
 */
final class Eligibility {

    private final RowSelection selection;
    private final DataList dataList;
    private final LocalDate periodEnd;
    private final String divisionPrefix;

    Eligibility(RowSelection selection, DataList dataList, LocalDate periodEnd, String divisionPrefix) {
        this.selection = selection;
        this.dataList = dataList;
        this.periodEnd = periodEnd;
        this.divisionPrefix = divisionPrefix;
    }

    /** Empty when the resident belongs in the delivery; otherwise the reason in words. */
    Optional<String> exclusion(DeliveryResident r, boolean onRoster) {
        String death = r.value("person.death_date");
        if (death != null) {
            return Optional.of("公安户籍已注销：死亡（" + death + "）");
        }
        if (r.communityCode() == null || !r.communityCode().startsWith(divisionPrefix)) {
            return Optional.of("已迁出本辖区（现属 " + (r.communityCode() == null ? "未知社区" : r.communityCode()) + "）");
        }
        if (!onRoster) {
            return Optional.of("已不在街道最新花名册中（迁出或不再在本社区居住）");
        }
        for (String item : selection.withItems()) {
            if (r.value(item) == null) {
                return Optional.of("不再符合报送条件：已无" + dataList.item(item).map(DataItem::name).orElse(item));
            }
        }
        if (r.birthDate() != null && (selection.minAge() != null || selection.maxAge() != null)) {
            int age = Period.between(r.birthDate(), periodEnd).getYears();
            if (selection.minAge() != null && age < selection.minAge()
                    || selection.maxAge() != null && age > selection.maxAge()) {
                return Optional.of("年龄 " + age + " 岁，不在报送范围内");
            }
        } else if (r.birthDate() == null && (selection.minAge() != null || selection.maxAge() != null)) {
            return Optional.of("缺少出生日期，无法判断是否在报送年龄范围内");
        }
        return Optional.empty();
    }
}

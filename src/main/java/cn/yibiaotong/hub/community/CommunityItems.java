package cn.yibiaotong.hub.community;

import cn.yibiaotong.hub.datalist.DataItem;
import cn.yibiaotong.hub.datalist.DataList;
import cn.yibiaotong.hub.department.Department;
import cn.yibiaotong.hub.department.Departments;
import java.util.List;
import java.util.Optional;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The department items a community's staff may see about their residents: the data list's items whose
 * authority is another department, as far as the power list grants them to the community level
 * ({@code hub.downward.viewer-department}, the street office). The security issue narrows this per account.
 */
@Component
public class CommunityItems {

    private final DataList dataList;
    private final Departments departments;
    private final Department viewer;

    public CommunityItems(DataList dataList, Departments departments,
                          @Value("${hub.downward.viewer-department:street-office}") String viewer) {
        this.dataList = dataList;
        this.departments = departments;
        this.viewer = departments.find(viewer).orElseThrow(() -> new IllegalStateException(
                "hub.downward.viewer-department “" + viewer + "” is not in config/departments.yaml"));
    }

    /** Items visible downward, from one department or (null) every department other than the viewer's own. */
    public List<DataItem> of(String department) {
        return dataList.items().stream()
                .filter(i -> !i.authority().equals(viewer.code()))
                .filter(i -> department == null || i.authority().equals(department))
                .filter(i -> viewer.mayRead(i.code()))
                .toList();
    }

    /** Every item the community may see, its own included (for the change feed). */
    public List<DataItem> visible() {
        return dataList.items().stream().filter(i -> viewer.mayRead(i.code())).toList();
    }

    public Optional<Department> department(String code) {
        return departments.find(code);
    }

    public String departmentName(String code) {
        return departments.find(code).map(Department::name).orElse(code);
    }
}

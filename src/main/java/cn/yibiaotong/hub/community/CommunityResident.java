package cn.yibiaotong.hub.community;

import com.fasterxml.jackson.annotation.JsonIgnore;
import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;

/** A resident as the community sees them: who and where, and what the departments know. */
@Schema(description = "社区视角的居民：部门掌握的数据项")
public record CommunityResident(String idNumber, String name, String communityCode, String communityName,
                                String gridCode, String gridName, List<DepartmentItem> items,
                                @Schema(description = "65 岁及以上且一年内无健康体检记录") boolean healthCheckOverdue,
                                @JsonIgnore String residentId) {

    public CommunityResident(String idNumber, String name, String communityCode, String communityName, String gridCode,
                             String gridName, List<DepartmentItem> items, boolean healthCheckOverdue) {
        this(idNumber, name, communityCode, communityName, gridCode, gridName, items, healthCheckOverdue, null);
    }

    /** One department item: code, name, value and its readable form, and whose it is. */
    public record DepartmentItem(String code, String name, String value, String display, String department,
                                 String departmentName,
                                 @Schema(description = "按权力清单对当前账号打码显示") boolean masked) {

        public DepartmentItem(String code, String name, String value, String display, String department,
                              String departmentName) {
            this(code, name, value, display, department, departmentName, false);
        }
    }
}

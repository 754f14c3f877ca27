package cn.yibiaotong.hub.security;

import cn.yibiaotong.hub.community.Change;
import cn.yibiaotong.hub.community.ChangePage;
import cn.yibiaotong.hub.community.CommunityResident;

/** The community list and the change feed as the power list lets one caller read them. */
public final class CommunityDisclosure {

    private CommunityDisclosure() {
    }

    public static CommunityResident resident(CommunityResident r, ItemAccess access) {
        return new CommunityResident(access.read(ResidentDisclosure.ID_NUMBER, r.idNumber()),
                access.read(ResidentDisclosure.NAME, r.name()), r.communityCode(), r.communityName(), r.gridCode(),
                r.gridName(), r.items().stream().filter(i -> access.sees(i.code())).map(i -> {
                    boolean masks = access.masks(i.code());
                    String value = access.read(i.code(), i.value());
                    return new CommunityResident.DepartmentItem(i.code(), i.name(), value, masks ? value : i.display(),
                            i.department(), i.departmentName(), masks);
                }).toList(), r.healthCheckOverdue(), r.residentId());
    }

    public static ChangePage page(ChangePage page, ItemAccess access) {
        return new ChangePage(page.changes().stream().map(c -> change(c, access)).toList(), page.next(), page.hasMore());
    }

    static Change change(Change c, ItemAccess access) {
        return new Change(access.read(ResidentDisclosure.ID_NUMBER, c.idNumber()),
                access.read(ResidentDisclosure.NAME, c.name()), c.communityCode(), c.connector(), c.department(),
                c.version(), c.changedAt(), c.changes().stream().filter(i -> access.sees(i.item()))
                .map(i -> new Change.ItemChange(i.item(), i.itemName(), access.read(i.item(), i.before()),
                        access.read(i.item(), i.after()), access.masks(i.item()))).toList(), c.residentId(), c.merge());
    }
}

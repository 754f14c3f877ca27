package cn.yibiaotong.hub.security;

import cn.yibiaotong.hub.resident.ConflictView;
import cn.yibiaotong.hub.resident.Household;
import cn.yibiaotong.hub.resident.ResidentPage;
import cn.yibiaotong.hub.resident.ResidentSummary;
import cn.yibiaotong.hub.resident.ResidentView;
import java.util.ArrayList;
import java.util.List;

/**
 * The resident views as the power list lets one caller read them: items it may not see are left out, sensitive
 * values it may not read in clear are masked everywhere they appear (the surviving value, other sources, history).
 */
public final class ResidentDisclosure {

    static final String ID_NUMBER = "person.id_number";
    static final String NAME = "person.name";

    private ResidentDisclosure() {
    }

    public static ResidentView resident(ResidentView v, ItemAccess access) {
        List<ResidentView.Item> items = new ArrayList<>();
        List<String> masked = new ArrayList<>();
        for (ResidentView.Item i : v.items()) {
            if (!access.sees(i.code())) {
                continue;
            }
            boolean masks = access.masks(i.code());
            if (masks) {
                masked.add(i.code());
            }
            String value = access.read(i.code(), i.value());
            items.add(new ResidentView.Item(i.code(), i.name(), value, masks ? value : i.display(), i.sensitivity(),
                    shown(i.source(), i.code(), access), i.otherSources().stream().map(s -> shown(s, i.code(), access))
                    .toList(), i.history().stream().map(s -> shown(s, i.code(), access)).toList(), masks));
        }
        return new ResidentView(v.residentId(), access.read(ID_NUMBER, v.idNumber()), access.read(NAME, v.name()),
                v.version(), v.createdAt(), v.updatedAt(), items, v.aliases(), v.note(), household(v.household(), access),
                masked);
    }

    /** Household members are residents too: their ID numbers, names and birth dates follow the same power list. */
    public static Household household(Household h, ItemAccess access) {
        if (h == null) {
            return null;
        }
        return new Household(h.householdId(), h.basis(), h.members().stream()
                .map(m -> new Household.Member(m.residentId(), access.read(ID_NUMBER, m.idNumber()),
                        access.read(NAME, m.name()), access.read("person.gender", m.gender()),
                        access.sees("person.birth_date") ? m.birthDate() : null, m.relationship(), m.relationshipName()))
                .toList());
    }

    public static ResidentPage page(ResidentPage page, ItemAccess access) {
        return new ResidentPage(page.content().stream().map(s -> summary(s, access)).toList(), page.page(), page.size(),
                page.totalElements(), page.totalPages());
    }

    static ResidentSummary summary(ResidentSummary s, ItemAccess access) {
        return new ResidentSummary(s.residentId(), access.read(ID_NUMBER, s.idNumber()), access.read(NAME, s.name()),
                access.read("person.gender", s.gender()), access.sees("person.birth_date") ? s.birthDate() : null,
                s.communityCode(), s.communityName(), s.gridCode(), s.gridName());
    }

    /** Conflicts the caller reads; the query already left out items it does not see ({@link ItemAccess#visible}). */
    public static ConflictView.Page conflicts(ConflictView.Page page, ItemAccess access) {
        List<ConflictView> shown = page.content().stream()
                .map(c -> new ConflictView(c.residentId(), access.read(ID_NUMBER, c.idNumber()), access.read(NAME, c.name()),
                        c.communityCode(), c.item(), c.itemName(), c.sources().stream()
                        .map(s -> new ConflictView.SourceValue(s.connector(), s.department(), access.read(c.item(), s.value()),
                                access.masks(c.item()) ? access.read(c.item(), s.value()) : s.display())).toList(),
                        c.winnerConnector(), c.reason(), c.detectedAt())).toList();
        return new ConflictView.Page(shown, page.page(), page.size(), page.totalElements());
    }

    private static ResidentView.Source shown(ResidentView.Source s, String code, ItemAccess access) {
        return s == null ? null : s.withValue(access.read(code, s.value()));
    }
}

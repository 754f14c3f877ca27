package cn.yibiaotong.hub.security;

import cn.yibiaotong.hub.cases.CaseView;

/** A case as the power list lets one caller read it: the reporter's contact details masked or left out. */
public final class CaseDisclosure {

    private CaseDisclosure() {
    }

    public static CaseView view(CaseView c, ItemAccess access) {
        if (c.reporter() == null) {
            return c;
        }
        CaseView.ReporterContact r = c.reporter();
        CaseView.ReporterContact shown = new CaseView.ReporterContact(access.read("case.reporter_name", r.name()),
                access.read("case.reporter_phone", r.phone()), access.sees("case.reporter_phone") ? r.email() : null);
        return new CaseView(c.id(), c.channel(), c.externalRef(), c.ledger(), c.ledgerName(), c.matter(), c.matterName(),
                c.title(), c.description(), c.residentId(), shown, c.divisionCode(), c.divisionName(), c.gridCode(),
                c.address(), c.step(), c.stepName(), c.department(), c.departmentName(), c.level(), c.receivedAt(),
                c.deadline(), c.overdue(), c.escalatedAt(), c.closedAt(), c.verdict(), c.verdictName(), c.reopenCount(),
                c.linkedDuplicates(), c.history());
    }
}

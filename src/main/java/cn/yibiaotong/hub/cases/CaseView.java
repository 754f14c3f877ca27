package cn.yibiaotong.hub.cases;

import java.time.OffsetDateTime;
import java.util.List;

/**
 * A case as the API shows it ({@code $defs/case} of {@code schemas/case.schema.json}). {@code reporter} (contact
 * details) is only filled in the single-case view, for the staff who must answer the resident; lists leave it out.
 */
public record CaseView(long id, String channel, String externalRef, String ledger, String ledgerName, String matter,
                       String matterName, String title, String description, String residentId, ReporterContact reporter,
                       String divisionCode, String divisionName, String gridCode, String address, String step,
                       String stepName, String department, String departmentName, String level, OffsetDateTime receivedAt,
                       OffsetDateTime deadline, boolean overdue, OffsetDateTime escalatedAt, OffsetDateTime closedAt,
                       String verdict, String verdictName, int reopenCount, int linkedDuplicates, List<CaseEvent> history) {

    /** How to reach the reporter. */
    public record ReporterContact(String name, String phone, String email) {
    }
}

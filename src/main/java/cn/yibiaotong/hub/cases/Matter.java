package cn.yibiaotong.hub.cases;

import java.util.List;

/**
 * One kind of demand in the matter list (事项清单): who handles it, at which level, within which deadline, and
 * where it escalates once overdue.
 */
public record Matter(String code, String name, String group, String description, List<String> keywords, String ledger,
                     String department, String level, Deadline deadline, Escalation escalateTo) {

    public Matter {
        keywords = keywords == null ? List.of() : List.copyOf(keywords);
    }

    /** Where an overdue case goes. */
    public record Escalation(String department, String level) {
    }
}

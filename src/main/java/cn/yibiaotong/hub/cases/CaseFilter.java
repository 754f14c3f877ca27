package cn.yibiaotong.hub.cases;

import java.time.Instant;

/**
 * The board's filters, each optional (null).
 *
 * @param divisionPrefix significant prefix of any level: the case's community code starts with it
 * @param from           received at or after
 * @param to             received before
 */
public record CaseFilter(String divisionPrefix, String gridCode, String department, String ledger, String step,
                         Boolean overdue, Instant from, Instant to) {

    /** The same filter limited to one department's cases. */
    public CaseFilter forDepartment(String code) {
        return new CaseFilter(divisionPrefix, gridCode, code, ledger, step, overdue, from, to);
    }
}

package cn.yibiaotong.hub.cases;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Hands every open case past its deadline to the matter list's escalation target (department and level), once,
 * and notes it in the case's history. Called on a schedule by {@code routes/case-overdue.camel.yaml}; the clock is
 * the hub's {@link Clock} bean, so a test decides what "now" is.
 */
@Component("caseOverdueEscalation")
public class OverdueEscalation {

    private static final Logger LOG = LoggerFactory.getLogger(OverdueEscalation.class);

    private final NamedParameterJdbcTemplate jdbc;
    private final CaseStore store;
    private final Matters matters;
    private final Clock clock;

    public OverdueEscalation(NamedParameterJdbcTemplate jdbc, CaseStore store, Matters matters, Clock clock) {
        this.jdbc = jdbc;
        this.store = store;
        this.matters = matters;
        this.clock = clock;
    }

    /** @return how many cases were escalated by this run */
    @Transactional
    public int escalateOverdue() {
        Instant now = clock.instant();
        List<CaseRow> due = jdbc.query("SELECT * FROM hub_case WHERE closed_at IS NULL AND escalated_at IS NULL"
                + " AND deadline < :now ORDER BY deadline, id", Map.of("now", CaseStore.time(now)), CaseRow::of);
        int escalated = 0;
        for (CaseRow c : due) {
            Matter.Escalation target = matters.find(c.matterCode()).map(Matter::escalateTo)
                    .orElse(new Matter.Escalation(c.department(), c.level()));
            if (store.escalate(c.id(), target.department(), target.level(), now)) {
                store.event(c.id(), now, "escalated", c.step(), c.step(), "system", null,
                        "超过办理时限（" + CaseViews.local(c.deadline()) + "），由 " + c.department() + " 升级到 "
                                + target.department() + "（" + target.level() + "）", null, target.department());
                escalated++;
            }
        }
        if (escalated > 0) {
            LOG.info("escalated {} overdue cases", escalated);
        }
        return escalated;
    }
}

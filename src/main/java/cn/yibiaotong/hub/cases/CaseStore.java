package cn.yibiaotong.hub.cases;

import java.sql.Types;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

/** Writes of hub_case, case_event and case_link; every statement parameterised. */
@Repository
public class CaseStore {

    private final NamedParameterJdbcTemplate jdbc;

    public CaseStore(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Inserts a new case and returns its id. */
    public long insert(CaseSubmission s, String ledger, Reporter reporter, Located at, String step, Matter matter,
                       Instant receivedAt, Instant deadline, Instant now) {
        MapSqlParameterSource p = new MapSqlParameterSource()
                .addValue("channel", s.channel()).addValue("ref", s.externalRef()).addValue("ledger", ledger)
                .addValue("matter", matter.code()).addValue("title", s.title()).addValue("description", s.description())
                .addValue("resident", reporter.residentId()).addValue("name", reporter.name())
                .addValue("phone", reporter.phone()).addValue("email", reporter.email())
                .addValue("division", at.divisionCode()).addValue("grid", at.gridCode())
                .addValue("address", s.location().address()).addValue("lat", s.location().lat())
                .addValue("lon", s.location().lon()).addValue("media", s.mediaUrl()).addValue("step", step)
                .addValue("department", matter.department()).addValue("level", matter.level())
                .addValue("received", time(receivedAt)).addValue("deadline", time(deadline)).addValue("now", time(now));
        KeyHolder key = new GeneratedKeyHolder();
        jdbc.update("""
                INSERT INTO hub_case (channel, external_ref, ledger, matter_code, title, description, resident_id,
                    reporter_name, reporter_phone, reporter_email, division_code, grid_code, address, lat, lon, media_url,
                    step, department, handling_level, received_at, deadline, updated_at)
                VALUES (:channel, :ref, :ledger, :matter, :title, :description, :resident, :name, :phone, :email,
                    :division, :grid, :address, :lat, :lon, :media, :step, :department, :level, :received, :deadline, :now)
                """, p, key, new String[] {"id"});
        return key.getKey().longValue();
    }

    public void event(long caseId, Instant at, String kind, String fromStep, String toStep, String actor, String role,
                      String comment, String verdict, String department) {
        jdbc.update("""
                INSERT INTO case_event (case_id, at, kind, from_step, to_step, actor, actor_role, comment, verdict, department)
                VALUES (:id, :at, :kind, :from, :to, :actor, :role, :comment, :verdict, :department)
                """, new MapSqlParameterSource().addValue("id", caseId).addValue("at", time(at)).addValue("kind", kind)
                .addValue("from", fromStep).addValue("to", toStep).addValue("actor", actor).addValue("role", role)
                .addValue("comment", comment).addValue("verdict", verdict).addValue("department", department));
    }

    public void link(long caseId, CaseSubmission s, Reporter reporter, Instant receivedAt) {
        jdbc.update("""
                INSERT INTO case_link (case_id, channel, external_ref, resident_id, reporter_phone, title, description, received_at)
                VALUES (:id, :channel, :ref, :resident, :phone, :title, :description, :received)
                """, new MapSqlParameterSource().addValue("id", caseId).addValue("channel", s.channel())
                .addValue("ref", s.externalRef()).addValue("resident", reporter.residentId())
                .addValue("phone", reporter.phone()).addValue("title", s.title())
                .addValue("description", s.description()).addValue("received", time(receivedAt)));
    }

    /** The case, locked for the rest of the transaction so two moves of one case cannot interleave. */
    public Optional<CaseRow> lock(long id) {
        return jdbc.query("SELECT * FROM hub_case WHERE id = :id FOR UPDATE", Map.of("id", id), CaseRow::of)
                .stream().findFirst();
    }

    public void move(long id, String step, Instant closedAt, String verdict, boolean reopen, Instant newDeadline, Instant now) {
        jdbc.update("""
                UPDATE hub_case SET step = :step, closed_at = :closed, verdict = COALESCE(:verdict, verdict),
                    reopen_count = reopen_count + :reopen, deadline = COALESCE(:deadline, deadline),
                    escalated_at = CASE WHEN :reopen = 1 THEN NULL ELSE escalated_at END, updated_at = :now
                WHERE id = :id
                """, new MapSqlParameterSource().addValue("id", id).addValue("step", step)
                .addValue("closed", time(closedAt)).addValue("verdict", verdict, Types.VARCHAR)
                .addValue("reopen", reopen ? 1 : 0).addValue("deadline", time(newDeadline), Types.TIMESTAMP_WITH_TIMEZONE).addValue("now", time(now)));
    }

    /** Hands an overdue case to the escalation target; false when another run already did. */
    public boolean escalate(long id, String department, String level, Instant now) {
        return jdbc.update("""
                UPDATE hub_case SET department = :department, handling_level = :level, escalated_at = :now, updated_at = :now
                WHERE id = :id AND escalated_at IS NULL AND closed_at IS NULL
                """, new MapSqlParameterSource().addValue("id", id).addValue("department", department)
                .addValue("level", level).addValue("now", time(now))) == 1;
    }

    public static OffsetDateTime time(Instant t) {
        return t == null ? null : t.atOffset(ZoneOffset.UTC);
    }
}

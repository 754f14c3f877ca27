package cn.yibiaotong.hub.cases;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The one door every channel's demands come through (POST /api/cases, Open311, and the connectors of the 12345
 * hotline and the secretary's ledgers): one canonical intake in, one case out — created, linked to the same open
 * demand, or recognised as already received from that channel. Nothing is stored unless the whole intake is valid.
 */
@Component
public class CaseIntake {

    private final CaseSchema schema;
    private final ObjectMapper json;
    private final Matters matters;
    private final Workflow workflow;
    private final CaseLocator locator;
    private final ReporterLinker reporters;
    private final DuplicateFinder duplicates;
    private final CaseStore store;
    private final CaseQueries queries;
    private final NamedParameterJdbcTemplate jdbc;
    private final Clock clock;

    public CaseIntake(CaseSchema schema, ObjectMapper json, Matters matters, Workflow workflow, CaseLocator locator,
                      ReporterLinker reporters, DuplicateFinder duplicates, CaseStore store, CaseQueries queries,
                      NamedParameterJdbcTemplate jdbc, Clock clock) {
        this.schema = schema;
        this.json = json;
        this.matters = matters;
        this.workflow = workflow;
        this.locator = locator;
        this.reporters = reporters;
        this.duplicates = duplicates;
        this.store = store;
        this.queries = queries;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /**
     * For a connector: its record already mapped to the intake's fields (matter code translated by its code map),
     * plus the channel and the source system's own reference, which makes a repeated push harmless.
     */
    @Transactional
    public IntakeResult submit(String channel, String externalRef, JsonNode fields) {
        ObjectNode intake = fields == null || !fields.isObject() ? json.createObjectNode() : ((ObjectNode) fields).deepCopy();
        intake.put("channel", channel);
        if (externalRef != null) {
            intake.put("externalRef", externalRef);
        }
        return submit(intake);
    }

    /** One intake as {@code $defs/intake} of {@code schemas/case.schema.json} defines it. */
    @Transactional
    public IntakeResult submit(JsonNode intake) {
        return submit(intake, null);
    }

    /**
     * @param writeScope division prefix the case's place must lie in (the submitting account's scope), or null for
     *                   any: a community account reports cases of its own community only
     */
    @Transactional
    public IntakeResult submit(JsonNode intake, String writeScope) {
        schema.checkIntake(intake);
        CaseSubmission s = json.convertValue(intake, CaseSubmission.class);
        Matter matter = matters.find(s.matter()).orElseThrow(() -> new CaseRejected(CaseRejected.Kind.INVALID,
                "事项不存在", "字段“matter”的事项代码“" + s.matter() + "”不在事项清单中。请改用 config/matters.yaml 中的代码："
                + matters.listing() + "。").with("field", "matter"));
        Instant now = clock.instant();
        Instant receivedAt = s.receivedAt() == null ? now : parseTime(s.receivedAt());
        Optional<IntakeResult> seen = alreadyReceived(s);
        if (seen.isPresent()) {
            return seen.get();
        }
        Located at = locator.locate(s.location());
        if (writeScope != null && (at.divisionCode() == null || !at.divisionCode().startsWith(writeScope))) {
            throw new CaseRejected(CaseRejected.Kind.FORBIDDEN, "超出可写范围", "诉求地点"
                    + (at.divisionCode() == null ? "未能定位到区划" : "属于区划 " + at.divisionCode())
                    + "，不在当前账号可写的范围（区划代码 " + writeScope + "）内。请填写本辖区内的网格或社区，或交由上级账号登记。")
                    .with("field", "location");
        }
        Reporter reporter = reporters.link(s.reporter());
        Optional<Long> first = duplicates.firstOf(matter.code(), at, reporter, receivedAt);
        if (first.isPresent()) {
            store.link(first.get(), s, reporter, receivedAt);
            store.event(first.get(), now, "linked", null, null, s.channel(), null,
                    "同一诉求再次反映（" + s.channel() + (s.externalRef() == null ? "" : " " + s.externalRef()) + "），已关联", null, null);
            return result(IntakeResult.LINKED, first.get());
        }
        String ledger = s.ledger() != null ? s.ledger() : matter.ledger();
        long id = store.insert(s, ledger, reporter, at, workflow.start(), matter, receivedAt,
                matter.deadline().after(receivedAt), now);
        store.event(id, now, "received", null, workflow.start(), s.channel(), null, null, null, matter.department());
        return result(IntakeResult.CREATED, id);
    }

    private static Instant parseTime(String text) {
        try {
            return OffsetDateTime.parse(text).toInstant();
        } catch (DateTimeParseException e) {
            throw new CaseRejected(CaseRejected.Kind.INVALID, "诉求内容不完整或有误",
                    "字段“receivedAt”的时间格式不对，应为带时区的 ISO 8601 时间，如 2026-11-23T09:30:00+08:00。")
                    .with("field", "receivedAt");
        }
    }

    private Optional<IntakeResult> alreadyReceived(CaseSubmission s) {
        if (s.externalRef() == null) {
            return Optional.empty();
        }
        Map<String, Object> key = Map.of("channel", s.channel(), "ref", s.externalRef());
        Optional<Long> asCase = jdbc.queryForList("SELECT id FROM hub_case WHERE channel = :channel AND external_ref = :ref",
                key, Long.class).stream().findFirst();
        Optional<Long> asLink = asCase.isPresent() ? asCase : jdbc.queryForList(
                "SELECT case_id FROM case_link WHERE channel = :channel AND external_ref = :ref", key, Long.class)
                .stream().findFirst();
        return asLink.map(id -> result(IntakeResult.ALREADY_RECEIVED, id));
    }

    private IntakeResult result(String outcome, long id) {
        return new IntakeResult(outcome, id, queries.byId(id).orElseThrow());
    }
}

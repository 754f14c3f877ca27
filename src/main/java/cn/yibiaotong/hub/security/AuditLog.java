package cn.yibiaotong.hub.security;

import jakarta.servlet.http.HttpServletRequest;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.List;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Appends to the audit log: every read of residents' personal data and every change. There is deliberately no
 * update or delete here (append-only; on PostgreSQL a trigger refuses both). Who and why come from the request.
 */
@Component
public class AuditLog {

    /** The stated purpose of a read: header (percent-encoded UTF-8 for Chinese) or query parameter. */
    public static final String PURPOSE_HEADER = "X-Purpose";
    public static final String PURPOSE_PARAMETER = "purpose";

    private final AuditRows rows;
    private final AuditCommits commits;

    public AuditLog(AuditRows rows, AuditCommits commits) {
        this.rows = rows;
        this.commits = commits;
    }

    /**
     * A read of residents' personal data: which residents (ids of the resident table) and which items. Returns once
     * the event and its residents are committed, together (no event is ever stored without its residents), in a
     * group commit with the reads made at the same moment ({@link AuditCommits}); throws when they could not be, and
     * then the read must not be answered.
     */
    public void read(AuditAction action, String target, Collection<String> residentIds, Collection<String> items) {
        commits.append(event(action, target, items, "OK"), residentIds);
    }

    /** A change, or a refused attempt (outcome e.g. DENIED, NOT_FOUND, or a batch's status). */
    public void record(AuditAction action, String target, String outcome) {
        begin(action, target, List.of(), outcome);
    }

    /**
     * Appends the event now, in the caller's transaction if it has one, with who and why taken from the current
     * request; the residents it reads follow as they are read ({@link Entry#residents}), from any thread: a streamed
     * export adds them page by page.
     */
    public Entry begin(AuditAction action, String target, Collection<String> items, String outcome) {
        return new Entry(rows.event(event(action, target, items, outcome)));
    }

    /** The row to write, with who and why read now, on the request's thread. */
    private static AuditEvent event(AuditAction action, String target, Collection<String> items, String outcome) {
        Caller caller = Callers.find().orElse(null);
        return new AuditEvent(OffsetDateTime.now(), caller == null ? "system" : caller.username(),
                caller == null ? null : caller.role().name(), action.name(), cut(target, 200),
                items.isEmpty() ? null : cut(String.join(",", items), 4000), cut(purpose(), 500), cut(client(), 100),
                outcome);
    }

    /** An appended event, to which the residents it read are added. */
    public final class Entry {

        private final long id;

        private Entry(long id) {
            this.id = id;
        }

        public void residents(Collection<String> residentIds) {
            rows.residents(id, residentIds);
        }
    }

    private static String client() {
        return RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes
                ? attributes.getRequest().getRemoteAddr() : null;
    }

    private static String purpose() {
        if (!(RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes)) {
            return null;
        }
        HttpServletRequest request = attributes.getRequest();
        String header = request.getHeader(PURPOSE_HEADER);
        if (header != null && !header.isBlank()) {
            try {
                return URLDecoder.decode(header.strip(), StandardCharsets.UTF_8);
            } catch (IllegalArgumentException e) {
                return header.strip();
            }
        }
        String parameter = request.getParameter(PURPOSE_PARAMETER);
        return parameter == null || parameter.isBlank() ? null : parameter.strip();
    }

    private static String cut(String s, int max) {
        return s == null || s.length() <= max ? s : s.substring(0, max);
    }
}

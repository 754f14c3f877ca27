package cn.yibiaotong.hub.security;

import jakarta.servlet.http.HttpServletRequest;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.sql.PreparedStatement;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
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

    private static final String INSERT = "INSERT INTO audit_event (at, username, role, action, target, items, purpose,"
            + " client, outcome) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)";

    private final JdbcTemplate jdbc;
    private final TransactionTemplate oneCommit;

    public AuditLog(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
        this.oneCommit = new TransactionTemplate(new DataSourceTransactionManager(jdbc.getDataSource()));
    }

    /**
     * A read of residents' personal data: which residents (ids of the resident table) and which items. The event and
     * its residents are one commit: a read costs the database one durable write instead of two (on H2 with
     * WRITE_DELAY=0 each commit writes the file), and no event is ever stored without its residents.
     */
    public void read(AuditAction action, String target, Collection<String> residentIds, Collection<String> items) {
        oneCommit.executeWithoutResult(status -> begin(action, target, items, "OK").residents(residentIds));
    }

    /** A change, or a refused attempt (outcome e.g. DENIED, NOT_FOUND, or a batch's status). */
    public void record(AuditAction action, String target, String outcome) {
        begin(action, target, List.of(), outcome);
    }

    /**
     * Appends the event now, with who and why taken from the current request; the residents it reads follow as
     * they are read ({@link Entry#residents}), from any thread: a streamed export adds them page by page.
     */
    public Entry begin(AuditAction action, String target, Collection<String> items, String outcome) {
        Caller caller = Callers.find().orElse(null);
        Object[] values = {OffsetDateTime.now(), caller == null ? "system" : caller.username(),
            caller == null ? null : caller.role().name(), action.name(), cut(target, 200),
            items.isEmpty() ? null : cut(String.join(",", items), 4000), cut(purpose(), 500), cut(client(), 100), outcome};
        KeyHolder key = new GeneratedKeyHolder();
        jdbc.update(connection -> {
            PreparedStatement insert = connection.prepareStatement(INSERT, new String[] {"id"});
            for (int i = 0; i < values.length; i++) {
                insert.setObject(i + 1, values[i]);
            }
            return insert;
        }, key);
        return new Entry(key.getKey().longValue());
    }

    /** An appended event, to which the residents it read are added. */
    public final class Entry {

        private final long id;

        private Entry(long id) {
            this.id = id;
        }

        public void residents(Collection<String> residentIds) {
            LinkedHashSet<String> unique = new LinkedHashSet<>(residentIds);
            if (!unique.isEmpty()) {
                jdbc.batchUpdate("INSERT INTO audit_resident (event_id, resident_id) VALUES (?, ?)",
                        unique.stream().map(r -> new Object[] {id, r}).toList());
            }
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

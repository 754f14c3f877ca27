package cn.yibiaotong.hub.cases;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;

/** One row of hub_case, as the workflow and the escalation need it. */
public record CaseRow(long id, String channel, String externalRef, String ledger, String matterCode, String title,
                      String description, String residentId, String divisionCode, String gridCode, String address,
                      Double lat, Double lon, String mediaUrl, String step, String department, String level,
                      Instant receivedAt, Instant deadline, Instant escalatedAt, Instant closedAt, String verdict,
                      int reopenCount, Instant updatedAt) {

    public static CaseRow of(ResultSet rs, int n) throws SQLException {
        return new CaseRow(rs.getLong("id"), rs.getString("channel"), rs.getString("external_ref"), rs.getString("ledger"),
                rs.getString("matter_code"), rs.getString("title"), rs.getString("description"), rs.getString("resident_id"),
                rs.getString("division_code"), rs.getString("grid_code"), rs.getString("address"),
                rs.getObject("lat", Double.class), rs.getObject("lon", Double.class), rs.getString("media_url"),
                rs.getString("step"), rs.getString("department"), rs.getString("handling_level"),
                instant(rs, "received_at"), instant(rs, "deadline"), instant(rs, "escalated_at"), instant(rs, "closed_at"),
                rs.getString("verdict"), rs.getInt("reopen_count"), instant(rs, "updated_at"));
    }

    static Instant instant(ResultSet rs, String column) throws SQLException {
        OffsetDateTime t = rs.getObject(column, OffsetDateTime.class);
        return t == null ? null : t.toInstant();
    }

    /** Past its deadline and not closed at {@code now}, or closed after its deadline. */
    public boolean overdueAt(Instant now) {
        return closedAt == null ? deadline.isBefore(now) : closedAt.isAfter(deadline);
    }
}

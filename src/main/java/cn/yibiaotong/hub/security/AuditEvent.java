package cn.yibiaotong.hub.security;

import java.time.OffsetDateTime;

/**
 * One row of audit_event as it will be written: who and why are taken from the request when the event is made, on
 * the request's thread, since the row may be written by another thread (a group commit, {@link AuditCommits}).
 */
record AuditEvent(OffsetDateTime at, String username, String role, String action, String target, String items,
                  String purpose, String client, String outcome) {
}

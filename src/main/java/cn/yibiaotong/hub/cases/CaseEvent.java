package cn.yibiaotong.hub.cases;

import java.time.OffsetDateTime;

/**
 * One entry of a case's history.
 *
 * @param kind {@code received}, {@code transition}, {@code escalated} or {@code linked}
 */
public record CaseEvent(OffsetDateTime at, String kind, String fromStep, String toStep, String actor, String role,
                        String comment, String verdict, String department) {
}

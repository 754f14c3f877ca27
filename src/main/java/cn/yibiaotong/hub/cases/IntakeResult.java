package cn.yibiaotong.hub.cases;

/**
 * What became of one intake.
 *
 * @param outcome {@code created} (a new case), {@code linked} (the same demand as an open case, linked to it and not
 *                counted again) or {@code already-received} (this channel's reference was received before)
 * @param caseId  the new case, or the case it was linked to or received as
 */
public record IntakeResult(String outcome, long caseId, CaseView caseView) {

    public static final String CREATED = "created";
    public static final String LINKED = "linked";
    public static final String ALREADY_RECEIVED = "already-received";
}

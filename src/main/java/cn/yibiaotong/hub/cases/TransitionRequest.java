package cn.yibiaotong.hub.cases;

/**
 * A move of a case: to which step, by whom, in which role, why, and — at 回复征询 — the resident's verdict
 * (code or Chinese name: 满意, 基本满意, 不满意).
 */
public record TransitionRequest(String to, String actor, String role, String comment, String verdict) {
}

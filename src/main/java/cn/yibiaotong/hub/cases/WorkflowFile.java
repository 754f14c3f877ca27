package cn.yibiaotong.hub.cases;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/** The shape of {@code config/case-workflow.yaml}, as bound; {@link Workflow} is what the hub uses (its records are the parts). */
public record WorkflowFile(String start, List<Role> roles, List<Step> steps, List<Verdict> verdicts, List<Transition> transitions) {

    /** A role that may move cases, e.g. {@code coordinator} 治理协调员. */
    public record Role(String code, String name) {
    }

    /** A workflow step; {@code final} marks the step a case is closed in. */
    public record Step(String code, String name, @JsonProperty("final") Boolean closing) {

        public boolean isFinal() {
            return Boolean.TRUE.equals(closing);
        }
    }

    /** The resident's verdict; {@code satisfied} counts towards the satisfaction rate. */
    public record Verdict(String code, String name, boolean satisfied) {
    }

    /**
     * An allowed move.
     *
     * @param verdicts when set, the move needs a verdict and it must be one of these
     */
    public record Transition(String from, String to, List<String> roles, List<String> verdicts, Boolean commentRequired,
                             Boolean reopen) {
        public Transition {
            verdicts = verdicts == null ? List.of() : List.copyOf(verdicts);
        }

        public boolean needsComment() {
            return Boolean.TRUE.equals(commentRequired);
        }

        public boolean reopens() {
            return Boolean.TRUE.equals(reopen);
        }
    }
}

package cn.yibiaotong.hub.cases;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code hub.cases.*}: the definition files and the duplicate window.
 *
 * @param duplicateWindow the same resident (or phone), matter and community within this time is one demand
 */
@ConfigurationProperties(prefix = "hub.cases")
public record CaseSettings(String mattersFile, String workflowFile, String schemaFile, Duration duplicateWindow) {

    public CaseSettings {
        mattersFile = mattersFile == null ? "config/matters.yaml" : mattersFile;
        workflowFile = workflowFile == null ? "config/case-workflow.yaml" : workflowFile;
        schemaFile = schemaFile == null ? "schemas/case.schema.json" : schemaFile;
        duplicateWindow = duplicateWindow == null ? Duration.ofDays(7) : duplicateWindow;
    }
}

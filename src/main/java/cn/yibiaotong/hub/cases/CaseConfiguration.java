package cn.yibiaotong.hub.cases;

import cn.yibiaotong.hub.department.Departments;
import java.nio.file.Path;
import java.time.Clock;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The matter list, the workflow and the case definition, read and checked once at start-up (a broken file stops the
 * hub with its file, line and fix), and the clock every deadline is measured with — one bean, so tests set the time.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(CaseSettings.class)
public class CaseConfiguration {

    @Bean
    public Matters matters(CaseSettings settings, Departments departments,
                           @Value("${hub.schemas-dir:schemas/meta}") String schemasDir) {
        return MattersLoader.load(Path.of(settings.mattersFile()), departments, Path.of(schemasDir));
    }

    @Bean
    public Workflow caseWorkflow(CaseSettings settings, @Value("${hub.schemas-dir:schemas/meta}") String schemasDir) {
        return WorkflowLoader.load(Path.of(settings.workflowFile()), Path.of(schemasDir));
    }

    @Bean
    public CaseSchema caseSchema(CaseSettings settings) {
        return CaseSchema.load(Path.of(settings.schemaFile()));
    }

    @Bean
    @ConditionalOnMissingBean
    public Clock clock() {
        return Clock.systemUTC();
    }
}

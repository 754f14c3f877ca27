package cn.yibiaotong.hub.configfile;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/**
 * Ends a start-up stopped by a broken configuration file with the Chinese message (file, line, entry, problem) as
 * the description and the fix as the action, instead of a wall of bean-creation stack traces: the reader is an
 * operator, not a Java developer. Registered in {@code META-INF/spring.factories}.
 */
public class ConfigFileFailureAnalyzer extends AbstractFailureAnalyzer<ConfigFileException> {

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, ConfigFileException cause) {
        return new FailureAnalysis(cause.description(), ConfigFileException.sentence(cause.fix()), cause);
    }
}

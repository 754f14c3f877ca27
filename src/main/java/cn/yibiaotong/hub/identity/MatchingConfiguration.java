package cn.yibiaotong.hub.identity;

import java.nio.file.Path;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The matching rules as a bean, read once at start-up, so that a broken config/matching.yaml stops the hub with
 * the same file-and-line report as every other definition file, before ingest ever needs it.
 */
@Configuration(proxyBeanMethods = false)
public class MatchingConfiguration {

    @Bean
    public MatchScorer matchScorer(@Value("${hub.matching-file:config/matching.yaml}") String matchingFile,
                                   @Value("${hub.schemas-dir:schemas/meta}") String schemasDir) {
        return MatchRulesLoader.load(Path.of(matchingFile), Path.of(schemasDir));
    }
}

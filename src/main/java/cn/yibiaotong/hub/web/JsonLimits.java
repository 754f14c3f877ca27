package cn.yibiaotong.hub.web;

import com.fasterxml.jackson.core.StreamReadConstraints;
import org.springframework.boot.autoconfigure.jackson.Jackson2ObjectMapperBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Bounds on the JSON request bodies of the API (cases, transitions, deliveries, accounts): no request needs more
 * than a few levels, so a deeply nested body is refused (400, ProblemAdvice) before it costs stack or memory.
 * Pushed documents are read by parse.JsonRecordSource under the same depth.
 */
@Configuration
public class JsonLimits {

    public static final int MAX_NESTING_DEPTH = 64;

    @Bean
    Jackson2ObjectMapperBuilderCustomizer boundedJson() {
        return builder -> builder.postConfigurer(mapper -> mapper.getFactory().setStreamReadConstraints(
                StreamReadConstraints.builder().maxNestingDepth(MAX_NESTING_DEPTH).build()));
    }
}

package cn.yibiaotong.hub.open311;

import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code hub.open311.*}.
 *
 * @param jurisdictionId the jurisdiction this endpoint serves; a request naming another one gets 404
 * @param apiKeys        the api_key values accepted on POST requests.json; empty accepts any (demo only)
 */
@ConfigurationProperties(prefix = "hub.open311")
public record Open311Settings(String jurisdictionId, List<String> apiKeys) {

    public Open311Settings {
        apiKeys = apiKeys == null ? List.of() : List.copyOf(apiKeys);
    }
}

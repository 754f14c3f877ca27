package cn.yibiaotong.hub.open311;

import com.fasterxml.jackson.annotation.JsonProperty;

/** One entry of GET services.json: a matter of the matter list, as GeoReport v2 names its fields. */
public record Open311Service(@JsonProperty("service_code") String serviceCode,
                             @JsonProperty("service_name") String serviceName,
                             @JsonProperty("description") String description,
                             @JsonProperty("metadata") boolean metadata,
                             @JsonProperty("type") String type,
                             @JsonProperty("keywords") String keywords,
                             @JsonProperty("group") String group) {
}

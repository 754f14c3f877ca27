package cn.yibiaotong.hub.open311;

import com.fasterxml.jackson.annotation.JsonProperty;

/** The answer to POST requests.json: the new request's id and what will happen (GeoReport v2 field names). */
public record Open311Created(@JsonProperty("service_request_id") String serviceRequestId,
                             @JsonProperty("service_notice") String serviceNotice,
                             @JsonProperty("account_id") String accountId) {
}

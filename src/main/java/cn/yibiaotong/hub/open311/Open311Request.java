package cn.yibiaotong.hub.open311;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.OffsetDateTime;

/** One service request as GET requests.json and requests/{id}.json answer it (GeoReport v2 field names). */
public record Open311Request(@JsonProperty("service_request_id") String serviceRequestId,
                             @JsonProperty("status") String status,
                             @JsonProperty("status_notes") String statusNotes,
                             @JsonProperty("service_name") String serviceName,
                             @JsonProperty("service_code") String serviceCode,
                             @JsonProperty("description") String description,
                             @JsonProperty("agency_responsible") String agencyResponsible,
                             @JsonProperty("service_notice") String serviceNotice,
                             @JsonProperty("requested_datetime") OffsetDateTime requestedDatetime,
                             @JsonProperty("updated_datetime") OffsetDateTime updatedDatetime,
                             @JsonProperty("expected_datetime") OffsetDateTime expectedDatetime,
                             @JsonProperty("address") String address,
                             @JsonProperty("address_id") String addressId,
                             @JsonProperty("zipcode") String zipcode,
                             @JsonProperty("lat") Double lat,
                             @JsonProperty("long") Double lon,
                             @JsonProperty("media_url") String mediaUrl) {
}

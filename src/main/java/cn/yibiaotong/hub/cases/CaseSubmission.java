package cn.yibiaotong.hub.cases;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * One intake, as {@code $defs/intake} of {@code schemas/case.schema.json} defines it, already checked against it.
 * Connectors map their own field names and category codes onto this shape.
 */
public record CaseSubmission(String channel, String externalRef, String ledger, String matter, String title,
                             String description, Reporter reporter, Location location, String receivedAt,
                             String mediaUrl) {

    public CaseSubmission {
        reporter = reporter == null ? new Reporter(null, null, null, null) : reporter;
        location = location == null ? new Location(null, null, null, null, null) : location;
    }

    /** The reporting resident, when known. */
    public record Reporter(String idNumber, String name, String phone, String email) {
    }

    /** Where the demand arose: a community or grid code, or an address to find the community in. */
    public record Location(String divisionCode, String gridCode, String address, Double lat,
                           @JsonProperty("long") Double lon) {
    }
}

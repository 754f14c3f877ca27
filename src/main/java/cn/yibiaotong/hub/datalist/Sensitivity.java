package cn.yibiaotong.hub.datalist;

import com.fasterxml.jackson.annotation.JsonProperty;

/** Data-security class of an item; decides masking and audit in the power list. */
public enum Sensitivity {
    @JsonProperty("public") PUBLIC,
    @JsonProperty("internal") INTERNAL,
    @JsonProperty("personal") PERSONAL,
    @JsonProperty("personal-sensitive") PERSONAL_SENSITIVE
}

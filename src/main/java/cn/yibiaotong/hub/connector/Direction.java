package cn.yibiaotong.hub.connector;

import com.fasterxml.jackson.annotation.JsonProperty;

public enum Direction {
    @JsonProperty("inbound") INBOUND,
    @JsonProperty("outbound") OUTBOUND
}

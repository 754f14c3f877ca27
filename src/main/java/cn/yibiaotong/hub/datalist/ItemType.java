package cn.yibiaotong.hub.datalist;

import com.fasterxml.jackson.annotation.JsonProperty;

/** How a value of an item is normalised and checked. */
public enum ItemType {
    @JsonProperty("text") TEXT,
    @JsonProperty("id_number") ID_NUMBER,
    @JsonProperty("code") CODE,
    @JsonProperty("date") DATE,
    @JsonProperty("phone") PHONE,
    @JsonProperty("division") DIVISION,
    @JsonProperty("grid") GRID,
    @JsonProperty("number") NUMBER
}

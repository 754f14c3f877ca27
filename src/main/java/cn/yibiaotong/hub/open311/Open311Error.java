package cn.yibiaotong.hub.open311;

/** One entry of the GeoReport v2 error array: the HTTP status as {@code code}, and what went wrong. */
public record Open311Error(int code, String description) {
}

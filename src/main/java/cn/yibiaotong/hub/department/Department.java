package cn.yibiaotong.hub.department;

/** A department of the power list (权力清单), e.g. {@code civil-affairs} 民政局. */
public record Department(String code, String name) {
}

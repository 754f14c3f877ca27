package cn.yibiaotong.hub.division;

/** A grid (网格) inside a community; its code extends the community's 12-digit code. */
public record Grid(String code, String name, String communityCode) {
}

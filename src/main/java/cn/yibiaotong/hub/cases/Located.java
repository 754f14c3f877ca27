package cn.yibiaotong.hub.cases;

/** The community and grid a case belongs to; both null when the location could not be placed. */
public record Located(String divisionCode, String gridCode) {

    static final Located NOWHERE = new Located(null, null);
}

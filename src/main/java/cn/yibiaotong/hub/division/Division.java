package cn.yibiaotong.hub.division;

/**
 * One administrative division with its 12-digit statistical code (统计用区划代码).
 *
 * @param level      {@code province}, {@code city}, {@code county}, {@code town} or {@code village}
 * @param parentCode null for the top of the loaded tree
 */
public record Division(String code, String name, String level, String parentCode) {

    /** Communities and villages (社区/村) are where residents and grids belong. */
    public boolean isCommunity() {
        return "village".equals(level);
    }

    /** The code prefix that selects this division and everything under it. */
    public String prefix() {
        return DivisionCodes.significantPrefix(code);
    }
}

package cn.yibiaotong.hub.department;

/** One read grant of the power list: an item code, or a family of items written {@code welfare.*}. */
public final class ReadGrant {

    private ReadGrant() {
    }

    public static boolean covers(String grant, String itemCode) {
        if (grant.endsWith(".*")) {
            return itemCode.startsWith(grant.substring(0, grant.length() - 1));
        }
        return grant.equals(itemCode);
    }
}

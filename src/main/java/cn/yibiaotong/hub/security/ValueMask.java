package cn.yibiaotong.hub.security;

import cn.yibiaotong.hub.datalist.DataItem;
import cn.yibiaotong.hub.datalist.ItemType;

/**
 * How a masked value reads: enough of an ID number or a phone to tell two people apart on a list and to match what
 * the resident says, never enough to use it (GB/T 35273 de-identification by masking).
 */
public final class ValueMask {

    public static final String HIDDEN = "******";

    private ValueMask() {
    }

    public static String mask(DataItem item, String value) {
        if (value == null) {
            return null;
        }
        if (item.type() == ItemType.ID_NUMBER) {
            return idNumber(value);
        }
        if (item.type() == ItemType.PHONE) {
            return phone(value);
        }
        return HIDDEN;
    }

    /** {@code 510112199001011234} → {@code 510112********1234}: the division and the last four stay. */
    public static String idNumber(String value) {
        if (value.length() < 11) {
            return HIDDEN;
        }
        return value.substring(0, 6) + "*".repeat(value.length() - 10) + value.substring(value.length() - 4);
    }

    /** {@code 13812345678} → {@code 138****5678}; a landline keeps its area code and last four the same way. */
    public static String phone(String value) {
        if (value.length() < 8) {
            return HIDDEN;
        }
        int keep = value.length() - 8 >= 3 ? value.length() - 8 : 3;
        return value.substring(0, keep) + "****" + value.substring(keep + 4);
    }
}

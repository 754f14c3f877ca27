package cn.yibiaotong.hub.security;

import cn.yibiaotong.hub.datalist.DataItem;
import cn.yibiaotong.hub.datalist.DataList;
import cn.yibiaotong.hub.datalist.Sensitivity;
import java.util.function.Predicate;

/** One caller's view of the data list: which items it sees, and how each value reads to it. */
public final class ItemAccess {

    private final Predicate<String> sees;
    private final Predicate<String> clear;
    private final DataList dataList;

    ItemAccess(Predicate<String> sees, Predicate<String> clear, DataList dataList) {
        this.sees = sees;
        this.clear = clear;
        this.dataList = dataList;
    }

    /** The data-list items this caller sees, for queries that must leave the others out in SQL. */
    public java.util.List<String> visible() {
        return dataList.items().stream().map(i -> i.code()).filter(sees).toList();
    }

    public boolean sees(String itemCode) {
        return sees.test(itemCode);
    }

    /** Whether the item's values reach this caller masked: seen, personal-sensitive, and not granted in clear. */
    public boolean masks(String itemCode) {
        return sees(itemCode) && dataList.item(itemCode).map(i -> i.sensitivity() == Sensitivity.PERSONAL_SENSITIVE)
                .orElse(false) && !clear.test(itemCode);
    }

    /** The value as this caller may read it: itself, masked, or null when the item is not seen at all. */
    public String read(String itemCode, String value) {
        if (!sees(itemCode)) {
            return null;
        }
        if (!masks(itemCode)) {
            return value;
        }
        DataItem item = dataList.item(itemCode).orElseThrow();
        return ValueMask.mask(item, value);
    }
}

package cn.yibiaotong.hub.datalist;

/**
 * One entry of the data list (数据清单).
 *
 * @param code        stable code such as {@code person.id_number}
 * @param name        Chinese name as staff know it
 * @param codeList    id of the code list values must come from, for {@link ItemType#CODE}
 * @param maxLength   longest accepted text, or null
 * @param authority   department code whose value wins when sources disagree
 */
public record DataItem(String code, String name, ItemType type, String rule, String codeList,
                       Integer maxLength, String authority, Sensitivity sensitivity) {
}

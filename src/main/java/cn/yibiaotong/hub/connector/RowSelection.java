package cn.yibiaotong.hub.connector;

import java.util.List;

/**
 * Which residents a department receives, beyond being listed on the current roster and alive.
 *
 * @param withItems items a resident must have (e.g. {@code welfare.assistance_type} for the 低保 roll)
 * @param minAge    youngest age in whole years on the last day of the period, or null
 * @param maxAge    oldest age, or null
 */
public record RowSelection(List<String> withItems, Integer minAge, Integer maxAge) {

    public RowSelection {
        withItems = withItems == null ? List.of() : List.copyOf(withItems);
    }
}

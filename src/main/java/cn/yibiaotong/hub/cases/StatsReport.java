package cn.yibiaotong.hub.cases;

import java.util.List;

/**
 * Case figures grouped one way.
 *
 * @param by    {@code division}, {@code department}, {@code ledger}, {@code matter} or {@code quarter}
 * @param level with {@code by=division}: {@code county}, {@code town} or {@code village}
 */
public record StatsReport(String by, String level, List<StatsRow> rows, StatsRow total) {
}

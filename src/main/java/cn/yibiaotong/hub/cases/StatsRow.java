package cn.yibiaotong.hub.cases;

/**
 * One group's figures. Rates are percentages with one decimal; null when there is nothing to divide by.
 *
 * @param received           cases received in the period (linked duplicates are not counted again)
 * @param closed             of those, closed (销号归档)
 * @param closureRate        closed / received × 100
 * @param satisfactionRate   (满意 + 基本满意) / cases with a verdict × 100
 * @param overdue            open past the deadline, or closed after it
 * @param medianHoursToClose median of received → closed over the closed cases, hours with one decimal
 */
public record StatsRow(String key, String name, long received, long closed, Double closureRate, long rated,
                       Double satisfactionRate, long overdue, Double medianHoursToClose) {
}

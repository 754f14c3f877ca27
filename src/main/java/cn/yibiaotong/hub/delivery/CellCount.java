package cn.yibiaotong.hub.delivery;

/**
 * The figure the street office cares about: cells uploaded once, against the cells staff would have typed into
 * every department's template the batch feeds, and that in words.
 */
public record CellCount(long uploaded, long forDepartments, String sentence) {
}

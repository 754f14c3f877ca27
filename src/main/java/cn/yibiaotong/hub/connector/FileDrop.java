package cn.yibiaotong.hub.connector;

/**
 * A watched drop folder. Files are picked up once their size has stopped changing, then moved to
 * {@code .done/} or {@code .failed/} beside them.
 *
 * @param directory folder to watch, relative to the hub's working directory or absolute
 * @param include   regular expression of file names to take; CSV and XLSX files when null
 */
public record FileDrop(String directory, String include) {
}

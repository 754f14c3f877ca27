package cn.yibiaotong.hub.connector;

import java.util.List;

/**
 * One column of a department's file and the data-list item it carries.
 *
 * @param column       header text as the department's file has it
 * @param aliases      other header texts that mean the same column
 * @param item         data-list item code, or null when {@code ignore} is set
 * @param required     a file without this column is refused; a row with it empty is rejected
 * @param ignore       the column is known and deliberately not read (no warning)
 * @param transforms   extra value transforms applied before the item's own checks, in order:
 *                     {@code trim}, {@code halfwidth}, {@code upper}, {@code lower}, {@code removeSpaces}
 * @param datePatterns extra {@link java.time.format.DateTimeFormatter} patterns for a date item
 */
public record FieldMapping(String column, List<String> aliases, String item, boolean required, boolean ignore,
                           List<String> transforms, List<String> datePatterns) {

    public FieldMapping {
        aliases = aliases == null ? List.of() : List.copyOf(aliases);
        transforms = transforms == null ? List.of() : List.copyOf(transforms);
        datePatterns = datePatterns == null ? List.of() : List.copyOf(datePatterns);
    }
}

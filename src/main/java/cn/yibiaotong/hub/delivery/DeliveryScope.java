package cn.yibiaotong.hub.delivery;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;

/**
 * The deliveries a caller may see: those whose division lies inside its own (a delivery for a whole street is not
 * a community's to see) and, for a department's clerk, its own department's.
 *
 * @param divisionPrefix the caller's division prefix, or null for every division
 * @param department     the only department, or null for every department
 */
public record DeliveryScope(String divisionPrefix, String department) {

    public static final DeliveryScope ALL = new DeliveryScope(null, null);

    /** The SQL condition (starting with AND, or empty) and its parameters. */
    String where(MapSqlParameterSource p) {
        StringBuilder w = new StringBuilder();
        if (divisionPrefix != null) {
            w.append(" AND division_prefix LIKE :scopeDivision");
            p.addValue("scopeDivision", divisionPrefix + "%");
        }
        if (department != null) {
            w.append(" AND department = :scopeDepartment");
            p.addValue("scopeDepartment", department);
        }
        return w.toString();
    }
}

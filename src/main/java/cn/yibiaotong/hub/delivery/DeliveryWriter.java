package cn.yibiaotong.hub.delivery;

import java.io.IOException;
import java.util.List;

/**
 * Writes one delivery file row by row, in the department's format: header first, then each row, then who
 * dropped out since the last delivery (where the format has room for it), then {@link #finish()}.
 */
interface DeliveryWriter {

    void header(List<String> columns) throws IOException;

    void row(List<String> cells) throws IOException;

    /** @param removal the person as the department knows them (its id and name columns) and the reason */
    void removal(Removal removal) throws IOException;

    void finish() throws IOException;

    /** One resident who left the delivery: id number and name as the department writes them, and why. */
    record Removal(String idColumn, String idNumber, String nameColumn, String name, String reason) {
    }
}

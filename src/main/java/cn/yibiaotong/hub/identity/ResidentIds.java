package cn.yibiaotong.hub.identity;

import com.fasterxml.uuid.Generators;
import com.fasterxml.uuid.impl.TimeBasedEpochGenerator;

/**
 * Hub IDs of new residents: UUIDs of version 7 (RFC 9562), whose leading bits are the time of creation. A batch's
 * new residents therefore sort after every earlier one, and their rows, records, identity features and batch rows
 * are appended at the end of the indexes keyed by resident instead of each landing on a random page of them; on
 * H2, whose store rewrites every page an insert touches, that is most of a large batch's writing (bench/RESULTS.md).
 */
public final class ResidentIds {

    private static final TimeBasedEpochGenerator GENERATOR = Generators.timeBasedEpochGenerator();

    private ResidentIds() {
    }

    public static String next() {
        return GENERATOR.generate().toString();
    }
}

package cn.yibiaotong.hub.department;

import java.util.List;

/**
 * A department of the power list (权力清单), e.g. {@code civil-affairs} 民政局.
 *
 * @param reads data-list items the department may read: item codes ({@code person.name}) or a family with a
 *              trailing wildcard ({@code welfare.*}); empty when the file grants nothing
 */
public record Department(String code, String name, List<String> reads) {

    public Department {
        reads = reads == null ? List.of() : List.copyOf(reads);
    }

    public Department(String code, String name) {
        this(code, name, List.of());
    }

    /** Whether a grant of this department covers the item. */
    public boolean mayRead(String itemCode) {
        return reads.stream().anyMatch(grant -> ReadGrant.covers(grant, itemCode));
    }
}

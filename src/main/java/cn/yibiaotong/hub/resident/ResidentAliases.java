package cn.yibiaotong.hub.resident;

import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/** Where a hub ID now lives: itself, or, once merged, the resident its alias chain ends at. */
@Component
public class ResidentAliases {

    /** Merges chain (A into B, B into C); a longer chain than this would be a cycle, which merges never make. */
    private static final int MAX_HOPS = 64;

    private final NamedParameterJdbcTemplate jdbc;

    public ResidentAliases(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public String current(String residentId) {
        String id = residentId;
        for (int i = 0; i < MAX_HOPS; i++) {
            List<String> next = jdbc.queryForList("SELECT resident_id FROM resident_alias WHERE alias_id = :id",
                    Map.of("id", id), String.class);
            if (next.isEmpty()) {
                return id;
            }
            id = next.get(0);
        }
        throw new IllegalStateException("alias chain longer than " + MAX_HOPS);
    }
}

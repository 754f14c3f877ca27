package cn.yibiaotong.hub.division;

import java.util.List;

/** Outcome of looking up a community by code or name: found, unknown, ambiguous, or not a community. */
public record CommunityMatch(Division community, List<Division> candidates, Division otherLevel) {

    static CommunityMatch found(Division d) {
        return new CommunityMatch(d, List.of(d), null);
    }

    static CommunityMatch unknown() {
        return new CommunityMatch(null, List.of(), null);
    }

    static CommunityMatch ambiguous(List<Division> candidates) {
        return new CommunityMatch(null, List.copyOf(candidates), null);
    }

    static CommunityMatch notACommunity(Division d) {
        return new CommunityMatch(null, List.of(), d);
    }

    public boolean isFound() {
        return community != null;
    }

    public boolean isAmbiguous() {
        return community == null && candidates.size() > 1;
    }
}

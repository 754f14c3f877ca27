package cn.yibiaotong.hub.cases;

import cn.yibiaotong.hub.division.CommunityMatch;
import cn.yibiaotong.hub.division.Division;
import cn.yibiaotong.hub.division.DivisionTree;
import cn.yibiaotong.hub.division.Grid;
import cn.yibiaotong.hub.division.Grids;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * Places a case in a community and grid: from an explicit grid or community code, else from the community name
 * written in the address (滨河花园社区3栋 → 滨河花园社区居委会). An address that names no community, or two
 * equally well, leaves the case unplaced rather than guessed; the matter list still routes it.
 */
@Component
public class CaseLocator {

    private static final String[] SUFFIXES = {"居民委员会", "村民委员会", "居委会", "村委会"};

    private final DivisionTree divisions;
    private final Grids grids;

    public CaseLocator(DivisionTree divisions, Grids grids) {
        this.divisions = divisions;
        this.grids = grids;
    }

    public Located locate(CaseSubmission.Location location) {
        if (location.gridCode() != null) {
            Grid grid = grids.find(location.gridCode()).orElseThrow(() -> invalid("location.gridCode",
                    "网格代码 " + location.gridCode() + " 不在网格表（config/grids.csv）中。请核对网格代码，或只填写社区代码。"));
            if (location.divisionCode() != null && !grid.communityCode().equals(location.divisionCode())) {
                throw invalid("location.gridCode", "网格 " + grid.code() + "（" + grid.name() + "）不属于社区 "
                        + location.divisionCode() + "。请核对两个代码，或只填写其中一个。");
            }
            return new Located(grid.communityCode(), grid.code());
        }
        if (location.divisionCode() != null) {
            CommunityMatch match = divisions.community(location.divisionCode());
            if (!match.isFound()) {
                throw invalid("location.divisionCode", "区划代码 " + location.divisionCode()
                        + " 不是本区的社区（村）。请填写社区的 12 位区划代码，如 510112001001。");
            }
            return new Located(match.community().code(), null);
        }
        return location.address() == null ? Located.NOWHERE : byAddress(location.address());
    }

    private Located byAddress(String address) {
        String text = address.replaceAll("\\s+", "");
        List<Division> best = new ArrayList<>();
        int bestLength = 0;
        for (Division d : divisions.all()) {
            if (!d.isCommunity()) {
                continue;
            }
            int length = matchLength(text, d.name());
            if (length > bestLength) {
                best.clear();
                bestLength = length;
            }
            if (length > 0 && length == bestLength) {
                best.add(d);
            }
        }
        if (best.size() != 1) {
            return Located.NOWHERE;
        }
        Division community = best.get(0);
        Optional<Grid> grid = grids.ofCommunity(community.code()).stream().filter(g -> text.contains(g.name())).findFirst();
        return new Located(community.code(), grid.map(Grid::code).orElse(null));
    }

    /** How much of the community's name the address contains: the name with 社区/村, else the bare name of 3+ characters. */
    static int matchLength(String address, String officialName) {
        String name = officialName;
        for (String suffix : SUFFIXES) {
            if (name.endsWith(suffix) && name.length() > suffix.length()) {
                name = name.substring(0, name.length() - suffix.length());
                break;
            }
        }
        if (address.contains(name)) {
            return name.length();
        }
        // a bare two-character name (广场 for 广场社区) is too common in addresses to place a case by
        String bare = name.endsWith("社区") ? name.substring(0, name.length() - 2) : name;
        return bare.length() >= 3 && address.contains(bare) ? bare.length() : 0;
    }

    private static CaseRejected invalid(String field, String detail) {
        return new CaseRejected(CaseRejected.Kind.INVALID, "地点无法识别", detail).with("field", field);
    }
}

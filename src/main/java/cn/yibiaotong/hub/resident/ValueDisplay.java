package cn.yibiaotong.hub.resident;

import cn.yibiaotong.hub.datalist.DataItem;
import cn.yibiaotong.hub.datalist.DataList;
import cn.yibiaotong.hub.division.Division;
import cn.yibiaotong.hub.division.DivisionTree;
import cn.yibiaotong.hub.division.Grid;
import cn.yibiaotong.hub.division.Grids;
import org.springframework.stereotype.Component;

/** Stored values are codes; people read names. */
@Component
public class ValueDisplay {

    private final DataList dataList;
    private final DivisionTree divisions;
    private final Grids grids;

    public ValueDisplay(DataList dataList, DivisionTree divisions, Grids grids) {
        this.dataList = dataList;
        this.divisions = divisions;
        this.grids = grids;
    }

    public String display(DataItem item, String value) {
        if (value == null) {
            return null;
        }
        return switch (item.type()) {
            case CODE -> dataList.codeList(item.codeList()).flatMap(l -> l.nameOf(value)).orElse(null);
            case DIVISION -> communityName(value);
            case GRID -> gridName(value);
            default -> null;
        };
    }

    public String communityName(String code) {
        return code == null ? null : divisions.find(code).map(Division::name).orElse(null);
    }

    public String gridName(String code) {
        return code == null ? null : grids.find(code).map(Grid::name).orElse(null);
    }
}

package cn.yibiaotong.hub.normalize;

import cn.yibiaotong.hub.connector.ConnectorDefinition;
import cn.yibiaotong.hub.connector.FieldMapping;
import cn.yibiaotong.hub.datalist.CodeList;
import cn.yibiaotong.hub.datalist.DataItem;
import cn.yibiaotong.hub.datalist.DataList;
import cn.yibiaotong.hub.division.CommunityMatch;
import cn.yibiaotong.hub.division.Division;
import cn.yibiaotong.hub.division.DivisionTree;
import cn.yibiaotong.hub.division.Grid;
import cn.yibiaotong.hub.division.Grids;
import java.math.BigDecimal;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/**
 * Checks one cell against its data-list item: connector transforms and code map first, then the item type's
 * own rule. Messages are Chinese, say what is wrong and how to fix it, and never repeat the value.
 */
@Component
public class ValueNormalizer {

    private final DataList dataList;
    private final DivisionTree divisions;
    private final Grids grids;

    public ValueNormalizer(DataList dataList, DivisionTree divisions, Grids grids) {
        this.dataList = dataList;
        this.divisions = divisions;
        this.grids = grids;
    }

    /**
     * @param communityCode the row's community, already normalised, for grid items; null if unknown
     */
    public Checked normalize(ConnectorDefinition connector, FieldMapping field, String raw, String communityCode) {
        DataItem item = dataList.item(field.item()).orElseThrow();
        String value = FieldTransforms.apply(field.transforms(), raw);
        String mapped = connector.codeMap(item.code()).get(value.strip());
        if (mapped != null) {
            value = mapped;
        }
        return switch (item.type()) {
            case TEXT -> text(item, value);
            case ID_NUMBER -> IdNumbers.normalize(value);
            case CODE -> code(item, value);
            case DATE -> DateValues.parse(value, field.datePatterns());
            case PHONE -> PhoneNumbers.normalize(value);
            case DIVISION -> community(TextValues.normalize(value));
            case GRID -> grid(TextValues.normalize(value), communityCode);
            case NUMBER -> number(item, TextValues.normalize(value));
        };
    }

    private static Checked text(DataItem item, String value) {
        String v = TextValues.normalize(value);
        if (item.maxLength() != null && v.length() > item.maxLength()) {
            return Checked.error(item.name() + "超过最长 " + item.maxLength() + " 个字（实际 " + v.length() + " 个字）。请精简后重填。");
        }
        return Checked.ok(v);
    }

    private Checked code(DataItem item, String value) {
        CodeList list = dataList.codeList(item.codeList()).orElseThrow();
        String v = TextValues.normalize(value);
        return list.match(v).map(Checked::ok).orElseGet(() -> Checked.error(item.name() + "的取值不在“" + list.name()
                + "”（" + list.standard() + "）中。可填写代码或名称：" + list.allowedValues(12) + "。"));
    }

    private Checked community(String value) {
        CommunityMatch match = divisions.community(value);
        if (match.isFound()) {
            return Checked.ok(match.community().code());
        }
        if (match.isAmbiguous()) {
            return Checked.error("社区名称在本区不唯一，请改填 12 位区划代码："
                    + match.candidates().stream().map(this::describe).collect(Collectors.joining("；")) + "。");
        }
        if (match.otherLevel() != null) {
            return Checked.error("填写的是“" + match.otherLevel().name() + "”的代码，不是社区（村）。请填写其下社区的名称或 12 位代码。");
        }
        return Checked.error("所属社区不是本区的社区名称或 12 位区划代码。请填写如“滨河花园社区”或 510112001001 这样的值。");
    }

    private String describe(Division d) {
        String parent = d.parentCode() == null ? "" : divisions.find(d.parentCode()).map(Division::name).orElse("");
        return d.code() + " " + parent + d.name();
    }

    private Checked grid(String value, String communityCode) {
        if (communityCode == null) {
            return Checked.error("所属社区无效，无法核对网格。请先更正所属社区。");
        }
        return grids.inCommunity(communityCode, value).map(g -> Checked.ok(g.code())).orElseGet(() -> {
            String known = grids.ofCommunity(communityCode).stream().map(Grid::name).collect(Collectors.joining("、"));
            return Checked.error("所属网格在该社区中不存在。" + (known.isEmpty() ? "该社区尚未划分网格，请留空。"
                    : "该社区的网格有：" + known + "。"));
        });
    }

    private static Checked number(DataItem item, String value) {
        try {
            return Checked.ok(new BigDecimal(value.replace(",", "")).stripTrailingZeros().toPlainString());
        } catch (NumberFormatException e) {
            return Checked.error(item.name() + "应为数字。请去掉单位和文字后重填。");
        }
    }
}

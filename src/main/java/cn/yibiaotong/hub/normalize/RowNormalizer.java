package cn.yibiaotong.hub.normalize;

import cn.yibiaotong.hub.batch.BatchContext;
import cn.yibiaotong.hub.batch.IngestHeaders;
import cn.yibiaotong.hub.batch.RowIssue;
import cn.yibiaotong.hub.batch.RowRejection;
import cn.yibiaotong.hub.connector.ConnectorDefinition;
import cn.yibiaotong.hub.datalist.DataItem;
import cn.yibiaotong.hub.datalist.DataList;
import cn.yibiaotong.hub.datalist.ItemType;
import cn.yibiaotong.hub.parse.RawRow;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.camel.ExchangeProperty;
import org.apache.camel.Header;
import org.springframework.stereotype.Component;

/**
 * Maps each row of a chunk onto data-list items and checks it. A row with any error is rejected whole,
 * with every reason, so staff fix it in one go; a row without errors becomes a {@link NormalizedRecord}.
 */
@Component
public class RowNormalizer {

    private static final String ID_NUMBER = "person.id_number";
    private static final String NAME = "person.name";

    private final DataList dataList;
    private final ValueNormalizer values;
    private final String communityItem;

    public RowNormalizer(DataList dataList, ValueNormalizer values) {
        this.dataList = dataList;
        this.values = values;
        this.communityItem = dataList.items().stream().filter(i -> i.type() == ItemType.DIVISION).findFirst()
                .map(DataItem::code).orElse("person.community_code");
    }

    /**
     * @param writeScope division prefix the submitting account may write (header hubWriteScope); a row placed outside
     *                   it is rejected. Absent for transports no person submits (pulls, polls, drop folders).
     */
    public NormalizedChunk normalize(RowChunk chunk, @ExchangeProperty(IngestHeaders.BATCH_PROPERTY) BatchContext ctx,
                                     @Header(IngestHeaders.WRITE_SCOPE) String writeScope) {
        NormalizedChunk out = new NormalizedChunk();
        out.warnings().addAll(chunk.skippedNotes());
        for (RawRow row : chunk.rows()) {
            normalizeRow(ctx.connector(), chunk.binding(), row, out, writeScope);
        }
        return out;
    }

    void normalizeRow(ConnectorDefinition connector, ColumnBinding binding, RawRow row, NormalizedChunk out) {
        normalizeRow(connector, binding, row, out, null);
    }

    void normalizeRow(ConnectorDefinition connector, ColumnBinding binding, RawRow row, NormalizedChunk out,
                      String writeScope) {
        Map<String, String> normalized = new HashMap<>();
        List<RowIssue> errors = new ArrayList<>();
        String communityItem = communityItem(connector);
        for (BoundColumn column : binding.columns()) {
            String raw = row.cell(column.index());
            if (raw.isBlank()) {
                // a blank ID is not yet an error: name and birth date may still identify the resident (below)
                if (column.field().required() && !ID_NUMBER.equals(column.field().item())) {
                    errors.add(new RowIssue(row.rowNumber(), column.header(), raw, "必填项“" + column.header() + "”为空。请补填。"));
                }
                continue;
            }
            DataItem item = dataList.item(column.field().item()).orElseThrow();
            String community = normalized.get(communityItem);
            Checked checked = values.normalize(connector, column.field(), raw, community);
            if (!checked.isOk()) {
                errors.add(new RowIssue(row.rowNumber(), column.header(), raw, checked.error()));
                continue;
            }
            if (checked.warning() != null) {
                out.warnings().add(new RowIssue(row.rowNumber(), column.header(), raw, checked.warning()));
            }
            normalized.put(item.code(), checked.value());
        }
        String place = normalized.get(communityItem);
        if (writeScope != null && place != null && !place.startsWith(writeScope)) {
            conflict(binding, row, communityItem, Optional.of("该行属于区划 " + place + "，不在当前账号可写的范围（区划代码以 "
                    + writeScope + " 开头）内。请删除此行，或由该区划的账号上传。"), errors);
        }
        String id = normalized.get(ID_NUMBER);
        if (connector.carriesCases()) {
            // a case needs no citizen ID: CaseIntake links its reporter to a resident when it can
        } else if (id != null) {
            conflict(binding, row, IdentityChecks.GENDER, IdentityChecks.genderConflict(id, normalized), errors);
            conflict(binding, row, IdentityChecks.BIRTH_DATE, IdentityChecks.birthDateConflict(id, normalized), errors);
        } else if (normalized.containsKey(NAME) && normalized.containsKey(IdentityChecks.BIRTH_DATE)) {
            if (errors.isEmpty()) {
                out.warnings().add(new RowIssue(row.rowNumber(), idHeader(binding), "", "该" + connector.format().unit()
                    + "没有公民身份号码：已按姓名、出生日期、性别、电话、地址和社区与已有居民匹配。请尽量补填身份证号，匹配才最可靠。"));
            }
        } else {
            errors.add(new RowIssue(row.rowNumber(), idHeader(binding), "", "该" + connector.format().unit()
                    + "没有公民身份号码，也没有" + missingIdentity(normalized) + "，无法确定是哪位居民。"
                    + "请补填身份证号；没有身份证号的（如儿童、流动人口），请至少填写姓名和出生日期。"));
        }
        if (!errors.isEmpty()) {
            out.rejected().add(new RowRejection(row.rowNumber(), row.cells(), errors));
            return;
        }
        if (!connector.carriesCases() && id != null) {
            IdentityChecks.fillFromId(id, normalized);
        }
        out.accepted().add(new NormalizedRecord(row.rowNumber(), id, normalized, row.cells()));
    }

    private static String missingIdentity(Map<String, String> normalized) {
        boolean name = normalized.containsKey(NAME);
        boolean birth = normalized.containsKey(IdentityChecks.BIRTH_DATE);
        return !name && !birth ? "姓名和出生日期" : !name ? "姓名" : "出生日期";
    }

    /** The header of the connector's ID column, or null when it has none. */
    private static String idHeader(ColumnBinding binding) {
        return binding.columns().stream().filter(c -> ID_NUMBER.equals(c.field().item())).findFirst()
                .map(BoundColumn::header).orElse(null);
    }

    /** The community a grid is looked up in: the connector's own division column (a case's place, a resident's home). */
    private String communityItem(ConnectorDefinition connector) {
        return connector.fields().stream().map(f -> f.item() == null ? null : dataList.item(f.item()).orElse(null))
                .filter(i -> i != null && i.type() == ItemType.DIVISION).findFirst()
                .map(DataItem::code).orElse(communityItem);
    }

    private void conflict(ColumnBinding binding, RawRow row, String itemCode, Optional<String> problem, List<RowIssue> errors) {
        problem.ifPresent(message -> binding.columns().stream()
                .filter(c -> itemCode.equals(c.field().item())).findFirst()
                .ifPresent(c -> errors.add(new RowIssue(row.rowNumber(), c.header(), row.cell(c.index()), message))));
    }

}

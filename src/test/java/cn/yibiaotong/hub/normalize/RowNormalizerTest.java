package cn.yibiaotong.hub.normalize;

import static org.assertj.core.api.Assertions.assertThat;

import cn.yibiaotong.hub.connector.ConnectorCatalog;
import cn.yibiaotong.hub.connector.ConnectorDefinition;
import cn.yibiaotong.hub.datalist.DataList;
import cn.yibiaotong.hub.datalist.DataListLoader;
import cn.yibiaotong.hub.department.Departments;
import cn.yibiaotong.hub.department.DepartmentsLoader;
import cn.yibiaotong.hub.division.DivisionTree;
import cn.yibiaotong.hub.division.Grids;
import cn.yibiaotong.hub.parse.RawRow;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The roster connector's rows against the real data list, divisions and grids. */
class RowNormalizerTest {

    static final Departments DEPARTMENTS = DepartmentsLoader.load(Path.of("config/departments.yaml"));
    static final DataList DATA_LIST = DataListLoader.load(Path.of("schemas/data-list.yaml"), DEPARTMENTS);
    static final ConnectorDefinition ROSTER = ConnectorCatalog.load(Path.of("connectors"), DATA_LIST, DEPARTMENTS)
            .find("street-roster").orElseThrow();
    static final DivisionTree DIVISIONS = DivisionTree.load(Path.of("config/divisions/longquanyi.csv"));

    final RowNormalizer normalizer = new RowNormalizer(DATA_LIST,
            new ValueNormalizer(DATA_LIST, DIVISIONS, Grids.load(Path.of("config/grids.csv"), DIVISIONS)));
    final ColumnBinding binding = new HeaderBinder(DATA_LIST).bind(ROSTER, List.of(new RawRow(1, List.of(
            "姓名", "公民身份号码", "性别", "出生日期", "人员类型", "所属社区", "所属网格", "联系电话"))), "t.csv");

    @Test
    void aCleanRowBecomesStandardCodesAndGetsGenderAndBirthDateFromItsId() {
        NormalizedChunk out = run(" 张伟 ", "510112200001010014", "", "", "户籍人口", "滨河花园社区", "滨河花园第二网格", "138-1234-5678");

        assertThat(out.rejected()).isEmpty();
        NormalizedRecord rec = out.accepted().get(0);
        assertThat(rec.idNumber()).isEqualTo("510112200001010014");
        assertThat(rec.values()).containsEntry("person.name", "张伟")
                .containsEntry("person.gender", "1")
                .containsEntry("person.birth_date", "2000-01-01")
                .containsEntry("person.residence_type", "1")
                .containsEntry("person.community_code", "510112001001")
                .containsEntry("person.grid_code", "510112001001002")
                .containsEntry("person.phone", "13812345678");
    }

    @Test
    void aRowWithSeveralProblemsIsRejectedOnceWithEveryReason() {
        NormalizedChunk out = run("", "510112200001010014", "女", "2000-02-01", "常驻", "滨河花园社区", "第九网格", "");

        assertThat(out.accepted()).isEmpty();
        assertThat(out.rejected()).singleElement().satisfies(r -> {
            assertThat(r.row()).isEqualTo(2);
            assertThat(r.issues()).extracting(i -> i.column()).containsExactlyInAnyOrder(
                    "姓名", "人员类型", "所属网格", "性别", "出生日期");
        });
    }

    @Test
    void aGridIsCheckedWithinTheRowsOwnCommunity() {
        NormalizedChunk out = run("李娜", "510112200001010022", "女", "", "", "长柏路社区", "滨河花园第一网格", "");

        assertThat(out.rejected().get(0).issues()).singleElement().satisfies(i ->
                assertThat(i.message()).isEqualTo("所属网格在该社区中不存在。该社区的网格有：长柏路第一网格、长柏路第二网格。"));
    }

    private NormalizedChunk run(String... cells) {
        NormalizedChunk out = new NormalizedChunk();
        normalizer.normalizeRow(ROSTER, binding, new RawRow(2, List.of(cells)), out);
        return out;
    }
}

package cn.yibiaotong.hub.connector;

import cn.yibiaotong.hub.datalist.DataList;
import cn.yibiaotong.hub.datalist.DataListLoader;
import cn.yibiaotong.hub.department.Departments;
import cn.yibiaotong.hub.department.DepartmentsLoader;
import java.nio.file.Path;

/** The project's real data list and departments, and a small valid connector that each test breaks one way. */
final class ConnectorFixture {

    static final Departments DEPARTMENTS = DepartmentsLoader.load(Path.of("config/departments.yaml"));
    static final DataList DATA_LIST = DataListLoader.load(Path.of("schemas/data-list.yaml"), DEPARTMENTS);
    static final String VALID = """
            id: test-roster
            name: 测试花名册
            department: street-office
            direction: inbound
            record: resident
            transport:
              upload: true
            fields:
              - column: 姓名
                item: person.name
                required: true
              - column: 性别
                item: person.gender
              - column: 人员类型
                aliases: [类型]
                item: person.residence_type
            codeMaps:
              person.residence_type:
                户籍人口: "1"
            """;

    /** A small valid outbound connector: a delivery to civil affairs, which the power list lets read these items. */
    static final String OUTBOUND = """
            id: test-delivery
            name: 测试报送
            department: civil-affairs
            direction: outbound
            record: resident
            outbound:
              rows:
                withItems: [welfare.assistance_type]
              columns:
                - column: 序号
                  value: rowNumber
                - column: 姓名
                  item: person.name
                - column: 救助类别
                  item: welfare.assistance_type
              file:
                type: csv
                charset: GBK
                name: "名册-{period}.csv"
              delivery:
                outbox: data/outbox/test
            codeMaps:
              welfare.assistance_type:
                城低: "01"
            """;

    private ConnectorFixture() {
    }
}

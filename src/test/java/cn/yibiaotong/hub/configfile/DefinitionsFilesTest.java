package cn.yibiaotong.hub.configfile;

import static org.assertj.core.api.Assertions.assertThat;

import cn.yibiaotong.hub.connector.ConnectorCatalog;
import cn.yibiaotong.hub.connector.ConnectorDefinition;
import cn.yibiaotong.hub.connector.Direction;
import cn.yibiaotong.hub.datalist.DataList;
import cn.yibiaotong.hub.datalist.DataListLoader;
import cn.yibiaotong.hub.department.Departments;
import cn.yibiaotong.hub.department.DepartmentsLoader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The project's own definition files load cleanly: a broken connector, data list or department file fails the
 * build here, not at a street office's start-up (idea from camel-kamelets' KameletsCatalogTest).
 */
class DefinitionsFilesTest {

    private final Departments departments = DepartmentsLoader.load(Path.of("config/departments.yaml"));
    private final DataList dataList = DataListLoader.load(Path.of("schemas/data-list.yaml"), departments);

    @Test
    void everyConnectorFileLoads() throws IOException {
        ConnectorCatalog catalog = ConnectorCatalog.load(Path.of("connectors"), dataList, departments);

        try (Stream<Path> files = Files.list(Path.of("connectors"))) {
            long yamlFiles = files.filter(f -> f.toString().endsWith(".yaml") || f.toString().endsWith(".yml")).count();
            assertThat(catalog.all()).hasSize((int) yamlFiles).isNotEmpty();
        }
        for (ConnectorDefinition c : catalog.all()) {
            assertThat(c.source().getFileName().toString()).startsWith(c.id() + ".");
            assertThat(departments.contains(c.department())).isTrue();
        }
    }

    @Test
    void streetRosterIsBoundAsWritten() {
        ConnectorDefinition roster = ConnectorCatalog.load(Path.of("connectors"), dataList, departments)
                .find("street-roster").orElseThrow();

        assertThat(roster.source()).isEqualTo(Path.of("connectors/street-roster.yaml"));
        assertThat(roster.direction()).isEqualTo(Direction.INBOUND);
        assertThat(roster.acceptsUploads()).isTrue();
        // relative drop folders stay relative to the working directory
        assertThat(roster.fileDrop().orElseThrow().directory()).isEqualTo("data/inbox/street-roster");
        assertThat(roster.format().headerRow()).isEqualTo("auto");
        assertThat(roster.acceptance().maxRejectedPercent()).isEqualTo(2.0);
        assertThat(roster.fields().get(0).ignore()).isTrue();
        assertThat(roster.fields().get(2).aliases()).contains("身份证号码");
        assertThat(roster.codeMap("person.residence_type")).containsEntry("暂住", "2");
    }

    @Test
    void dataListHasItsCodeListsWithLeadingZeros() {
        assertThat(dataList.version()).isEqualTo("2026.1");
        assertThat(dataList.item("person.id_number")).isPresent();
        assertThat(dataList.codeList("ethnicity").orElseThrow().match("汉")).contains("01");
        assertThat(dataList.codeList("gender").orElseThrow().match("男")).contains("1");
        assertThat(departments.find("civil-affairs").orElseThrow().name()).isEqualTo("民政局");
    }
}

package cn.yibiaotong.hub.configfile;

import static org.assertj.core.api.Assertions.assertThat;

import cn.yibiaotong.hub.connector.ConnectorCatalog;
import cn.yibiaotong.hub.datalist.DataList;
import cn.yibiaotong.hub.department.Departments;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

/** The definitions are beans, read from the default paths or from the hub.* properties. */
class DefinitionsConfigurationTest {

    private final ApplicationContextRunner runner = new ApplicationContextRunner()
            .withUserConfiguration(DefinitionsConfiguration.class);

    @Test
    void defaultPathsGiveTheProjectsDefinitions() {
        runner.run(context -> {
            assertThat(context).hasNotFailed();
            assertThat(context.getBean(Departments.class).contains("street-office")).isTrue();
            assertThat(context.getBean(DataList.class).item("person.id_number")).isPresent();
            assertThat(context.getBean(ConnectorCatalog.class).find("street-roster")).isPresent();
        });
    }

    @Test
    void propertiesMoveTheFiles() {
        runner.withPropertyValues("hub.connectors-dir=no-such-folder").run(context -> {
            assertThat(context).hasFailed();
            assertThat(context.getStartupFailure()).rootCause()
                    .isInstanceOf(ConfigFileException.class)
                    .hasMessageStartingWith("配置文件 no-such-folder：接入文件夹不存在。");
        });
    }
}

package cn.yibiaotong.hub.configfile;

import cn.yibiaotong.hub.connector.ConnectorCatalog;
import cn.yibiaotong.hub.datalist.DataList;
import cn.yibiaotong.hub.datalist.DataListLoader;
import cn.yibiaotong.hub.department.Departments;
import cn.yibiaotong.hub.department.DepartmentsLoader;
import java.nio.file.Path;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;

/**
 * The hub's definitions — departments, data list, connectors — as beans, read once at start-up. Any broken or
 * contradictory file throws {@link ConfigFileException} here, and {@link ConfigFileFailureAnalyzer} turns it into
 * the start-up report. Paths are plain strings made into {@link Path}s so relative ones stay relative to the
 * working directory (Spring's resource conversion would look on the classpath).
 */
@Configuration(proxyBeanMethods = false)
public class DefinitionsConfiguration {

    @Bean
    public Departments departments(@Value("${hub.departments-file:config/departments.yaml}") String departmentsFile,
                                   @Value("${hub.schemas-dir:schemas/meta}") String schemasDir) {
        return DepartmentsLoader.load(Path.of(departmentsFile), Path.of(schemasDir));
    }

    @Bean
    public DataList dataList(@Value("${hub.data-list-file:schemas/data-list.yaml}") String dataListFile,
                             @Value("${hub.schemas-dir:schemas/meta}") String schemasDir, Departments departments) {
        return DataListLoader.load(Path.of(dataListFile), departments, Path.of(schemasDir));
    }

    @Bean
    public ConnectorCatalog connectorCatalog(@Value("${hub.connectors-dir:connectors}") String connectorsDir,
                                             @Value("${hub.schemas-dir:schemas/meta}") String schemasDir,
                                             DataList dataList, Departments departments, Environment settings) {
        return ConnectorCatalog.load(Path.of(connectorsDir), dataList, departments, Path.of(schemasDir), settings);
    }
}

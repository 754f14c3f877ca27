package cn.yibiaotong.hub.connector;

import cn.yibiaotong.hub.configfile.ConfigFileException;
import cn.yibiaotong.hub.configfile.ConfigFileReader;
import cn.yibiaotong.hub.datalist.DataList;
import cn.yibiaotong.hub.department.Departments;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.springframework.core.env.PropertyResolver;

/**
 * Every connector file in {@code connectors/}, read and checked against the data list and the departments.
 * One file is one connector: its id is the file name, so the file an operator edits is the contract they change.
 */
public final class ConnectorCatalog {

    static final String SCHEMA = "connector.schema.json";

    private final Map<String, ConnectorDefinition> byId;

    private ConnectorCatalog(Map<String, ConnectorDefinition> byId) {
        this.byId = byId;
    }

    /** Loads every {@code *.yaml} and {@code *.yml} in {@code dir}, schema from {@link ConfigFileReader#DEFAULT_SCHEMAS_DIR}. */
    public static ConnectorCatalog load(Path dir, DataList dataList, Departments departments) {
        return load(dir, dataList, departments, ConfigFileReader.DEFAULT_SCHEMAS_DIR);
    }

    public static ConnectorCatalog load(Path dir, DataList dataList, Departments departments, Path schemasDir) {
        return load(dir, dataList, departments, schemasDir, null);
    }

    /**
     * @param settings resolves {@code ${setting}} placeholders in the files' texts (the hub's configuration); null
     *                 leaves them as written, for checks of the files alone
     */
    public static ConnectorCatalog load(Path dir, DataList dataList, Departments departments, Path schemasDir,
                                        PropertyResolver settings) {
        Map<String, ConnectorDefinition> byId = new LinkedHashMap<>();
        ConnectorChecks checks = new ConnectorChecks(dataList, departments);
        for (Path file : connectorFiles(dir)) {
            ConfigFileReader reader = ConfigFileReader.read(file, schemasDir.resolve(SCHEMA));
            if (settings != null) {
                ConnectorPlaceholders.resolve(reader, settings);
            }
            ConnectorDefinition definition = withSource(reader.bind(ConnectorDefinition.class), file);
            checks.check(definition, reader);
            ConnectorDefinition previous = byId.putIfAbsent(definition.id(), definition);
            if (previous != null) {
                throw reader.error("/id", "接入“" + definition.id() + "”已在 " + previous.source() + " 中定义",
                        "一个接入只能有一个文件：请删除或合并其中一个");
            }
        }
        return new ConnectorCatalog(byId);
    }

    public Optional<ConnectorDefinition> find(String id) {
        return Optional.ofNullable(byId.get(id));
    }

    /** All connectors, ordered by file name. */
    public List<ConnectorDefinition> all() {
        return List.copyOf(byId.values());
    }

    private static List<Path> connectorFiles(Path dir) {
        if (!Files.isDirectory(dir)) {
            throw new ConfigFileException(dir.toString(), 0, null, "接入文件夹不存在",
                    "请创建该文件夹（可以为空），或用 hub.connectors-dir 指定接入文件所在的文件夹");
        }
        try (Stream<Path> files = Files.list(dir)) {
            // hidden files are editor backups and lock files, not connectors
            return files.filter(Files::isRegularFile)
                    .filter(f -> !f.getFileName().toString().startsWith("."))
                    .filter(f -> f.getFileName().toString().endsWith(".yaml") || f.getFileName().toString().endsWith(".yml"))
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new ConfigFileException(dir.toString(), 0, null, "无法读取接入文件夹：" + e.getMessage(),
                    "请检查文件夹权限", e);
        }
    }

    /** {@code source} is not written in the file: it is where the file was found. */
    private static ConnectorDefinition withSource(ConnectorDefinition d, Path file) {
        return new ConnectorDefinition(d.id(), d.name(), d.department(), d.direction(), d.record(), d.channel(),
                d.transport(),
                d.format(), d.acceptance(), d.fields(), d.codeMaps(), d.outbound(), file);
    }
}

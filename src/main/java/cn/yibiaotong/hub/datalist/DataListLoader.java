package cn.yibiaotong.hub.datalist;

import cn.yibiaotong.hub.configfile.ConfigFileReader;
import cn.yibiaotong.hub.configfile.JsonPointers;
import cn.yibiaotong.hub.department.Department;
import cn.yibiaotong.hub.department.Departments;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Reads and checks {@code schemas/data-list.yaml} (schema {@code data-list.schema.json}) and its code list CSVs.
 * The schema checks each entry alone; this class checks what entries say about each other and about the
 * departments, so a contradiction stops start-up instead of surfacing as a puzzling rejected row later.
 */
public final class DataListLoader {

    static final String SCHEMA = "data-list.schema.json";

    private DataListLoader() {
    }

    /** Loads {@code dataListFile}, validated against the schema in {@link ConfigFileReader#DEFAULT_SCHEMAS_DIR}. */
    public static DataList load(Path dataListFile, Departments departments) {
        return load(dataListFile, departments, ConfigFileReader.DEFAULT_SCHEMAS_DIR);
    }

    public static DataList load(Path dataListFile, Departments departments, Path schemasDir) {
        ConfigFileReader reader = ConfigFileReader.read(dataListFile, schemasDir.resolve(SCHEMA));
        DataListFile content = reader.bind(DataListFile.class);
        Map<String, CodeList> codeLists = codeLists(reader, dataListFile, content.codeLists());
        checkItems(reader, content.items(), codeLists, departments);
        return new DataList(content.version(), content.items(), codeLists.values());
    }

    private static Map<String, CodeList> codeLists(ConfigFileReader reader, Path dataListFile, List<CodeListFile> files) {
        Map<String, CodeList> lists = new LinkedHashMap<>();
        Map<String, Integer> index = new HashMap<>();
        for (int i = 0; i < files.size(); i++) {
            CodeListFile f = files.get(i);
            String at = "/codeLists/" + i;
            Integer first = index.putIfAbsent(f.id(), i);
            if (first != null) {
                throw reader.error(at + "/id", f.id(), "代码表 id“" + f.id() + "”重复，第 "
                        + reader.lineOf("/codeLists/" + first + "/id") + " 行已经定义过",
                        "请删除重复的一项，或改用不同的 id");
            }
            // relative to the data list file, so the schemas/ folder can move as a whole
            Path csv = dataListFile.resolveSibling(f.file());
            if (!Files.isRegularFile(csv)) {
                throw reader.error(at + "/file", f.id(), "找不到代码表文件 " + csv,
                        "请检查文件名（路径相对于数据清单文件所在的文件夹），或把该 CSV 文件（UTF-8，表头 code,name）放到这个位置");
            }
            CodeList list = new CodeList(f.id(), f.name(), f.standard(), CodeListCsv.read(csv, f.id()),
                    f.synonyms() == null ? Map.of() : f.synonyms());
            // the file's order (CodeList keeps an unordered copy), so the first wrong synonym is the one reported
            for (Map.Entry<String, String> synonym : list.synonyms().isEmpty() ? Map.<String, String>of().entrySet()
                    : f.synonyms().entrySet()) {
                if (list.nameOf(synonym.getValue()).isEmpty()) {
                    throw reader.error(JsonPointers.append(at + "/synonyms", synonym.getKey()), f.id(),
                            "同义词“" + synonym.getKey() + "”对应的代码“" + synonym.getValue() + "”不在代码表 " + f.id() + " 中",
                            "请改为代码表中已有的代码：" + list.allowedValues(10));
                }
            }
            lists.put(f.id(), list);
        }
        return lists;
    }

    private static void checkItems(ConfigFileReader reader, List<DataItem> items, Map<String, CodeList> codeLists,
                                   Departments departments) {
        Map<String, Integer> index = new HashMap<>();
        for (int i = 0; i < items.size(); i++) {
            DataItem item = items.get(i);
            String at = "/items/" + i;
            Integer first = index.putIfAbsent(item.code(), i);
            if (first != null) {
                throw reader.error(at + "/code", item.code(), "数据项代码“" + item.code() + "”重复，第 "
                        + reader.lineOf("/items/" + first + "/code") + " 行已经定义过",
                        "每个数据项只定义一次：请删除重复的一项，或改用不同的代码");
            }
            boolean isCode = item.type() == ItemType.CODE;
            if (isCode && item.codeList() == null) {
                throw reader.error(at + "/type", item.code(), "类型为 code，但没有指定代码表（codeList）",
                        "请添加 codeList，可用的代码表：" + String.join("、", codeLists.keySet()));
            }
            if (!isCode && item.codeList() != null) {
                throw reader.error(at + "/codeList", item.code(),
                        "类型为 " + reader.tree().at(at + "/type").asText() + "，不能指定代码表（codeList）",
                        "请删除 codeList，或把 type 改为 code");
            }
            if (isCode && !codeLists.containsKey(item.codeList())) {
                throw reader.error(at + "/codeList", item.code(), "代码表“" + item.codeList() + "”不存在",
                        "请改用 codeLists 中已有的代码表：" + String.join("、", codeLists.keySet()));
            }
            if (!departments.contains(item.authority())) {
                throw reader.error(at + "/authority", item.code(), "权威部门“" + item.authority() + "”不在部门清单中",
                        "请改用部门清单中已有的部门代码：" + departments.all().stream().map(Department::code)
                                .collect(Collectors.joining("、")));
            }
        }
    }

    /** The file's shape: code lists are named by file here, and become {@link CodeList}s with entries. */
    record DataListFile(String version, List<CodeListFile> codeLists, List<DataItem> items) {
    }

    record CodeListFile(String id, String name, String standard, String file, Map<String, String> synonyms) {
    }
}

package cn.yibiaotong.hub.datalist;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/** The loaded, checked data list: items in file order and their code lists. */
public final class DataList {

    private final String version;
    private final Map<String, DataItem> items;
    private final Map<String, CodeList> codeLists;

    public DataList(String version, Collection<DataItem> items, Collection<CodeList> codeLists) {
        this.version = version;
        this.items = new LinkedHashMap<>();
        items.forEach(i -> this.items.put(i.code(), i));
        this.codeLists = new LinkedHashMap<>();
        codeLists.forEach(c -> this.codeLists.put(c.id(), c));
    }

    public String version() {
        return version;
    }

    public Optional<DataItem> item(String code) {
        return Optional.ofNullable(items.get(code));
    }

    public Collection<DataItem> items() {
        return items.values();
    }

    public Optional<CodeList> codeList(String id) {
        return Optional.ofNullable(codeLists.get(id));
    }

    public Collection<CodeList> codeLists() {
        return codeLists.values();
    }
}

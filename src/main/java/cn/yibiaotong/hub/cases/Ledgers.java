package cn.yibiaotong.hub.cases;

import cn.yibiaotong.hub.datalist.CodeList;
import cn.yibiaotong.hub.datalist.DataList;
import java.util.List;
import org.springframework.stereotype.Component;

/** The secretary's three ledgers (三本账), as the data list's code list {@code ledger} defines them, once. */
@Component
public class Ledgers {

    private final CodeList list;

    public Ledgers(DataList dataList) {
        this.list = dataList.codeList("ledger")
                .orElseThrow(() -> new IllegalStateException("schemas/data-list.yaml has no code list ledger"));
    }

    /** The ledger's Chinese name; the code itself if it is not a ledger. */
    public String name(String code) {
        return list.nameOf(code).orElse(code);
    }

    public boolean contains(String code) {
        return list.nameOf(code).isPresent();
    }

    /** The codes with their names for a message, e.g. {@code suggestion（意见建议）、demand（利益诉求）或 complaint（投诉举报）}. */
    public String choices() {
        List<String> all = list.entries().stream().map(e -> e.code() + "（" + e.name() + "）").toList();
        return all.size() == 1 ? all.get(0)
                : String.join("、", all.subList(0, all.size() - 1)) + "或 " + all.get(all.size() - 1);
    }
}

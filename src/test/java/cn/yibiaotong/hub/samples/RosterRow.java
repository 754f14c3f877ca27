package cn.yibiaotong.hub.samples;

import java.util.List;

/** One generated roster row, in the column order of the 一表通 template (DESIGN.md 3.5). */
public record RosterRow(List<String> cells) {

    public static final List<String> HEADER = List.of("序号", "姓名", "公民身份号码", "性别", "民族", "出生日期", "联系电话",
            "户籍地址", "居住地址", "人员类型", "所属社区", "所属网格", "户号", "与户主关系", "低保类型", "残疾类别", "残疾等级",
            "是否退役军人", "备注");

    public String idNumber() {
        return cells.get(2);
    }
}

package cn.yibiaotong.hub.datalist;

public record CodeEntry(String code, String name) {
}

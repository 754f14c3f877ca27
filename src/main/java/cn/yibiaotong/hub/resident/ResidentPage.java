package cn.yibiaotong.hub.resident;

import java.util.List;

public record ResidentPage(List<ResidentSummary> content, int page, int size, long totalElements, long totalPages) {
}

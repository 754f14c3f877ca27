package cn.yibiaotong.hub.cases;

import java.util.List;

/** One page of the case board, overdue cases first. */
public record CasePage(List<CaseView> content, long totalElements, int page, int size) {
}

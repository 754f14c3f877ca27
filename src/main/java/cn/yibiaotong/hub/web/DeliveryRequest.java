package cn.yibiaotong.hub.web;

import io.swagger.v3.oas.annotations.media.Schema;

/** POST /api/deliveries: which department, which area, which month. */
@Schema(description = "报送请求")
public record DeliveryRequest(
        @Schema(description = "部门代码，如 civil-affairs", example = "civil-affairs") String department,
        @Schema(description = "outbound 接入 id；部门只有一个 outbound 接入时可不填") String connector,
        @Schema(description = "区划代码（任一级，可不补零），如 510112001", example = "510112001") String division,
        @Schema(description = "报送期 yyyy-MM", example = "2026-11") String period) {
}

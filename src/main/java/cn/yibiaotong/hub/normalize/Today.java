package cn.yibiaotong.hub.normalize;

import java.time.LocalDate;
import java.time.ZoneId;

/** "Today" for future-date checks. */
final class Today {

    /**
     * Staff work in Beijing time; servers often run in UTC, where a child born this morning
     * would otherwise count as born "in the future" until 08:00.
     */
    static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

    private Today() {
    }

    static LocalDate inChina() {
        return LocalDate.now(CHINA);
    }
}

package cn.yibiaotong.hub.cases;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class DeadlineTest {

    @Test
    void workingDaysSkipTheWeekendInBeijingTime() {
        // Friday 2026-11-20 17:00 Beijing → 3 working days → Wednesday 11-25 17:00
        assertThat(new Deadline(3, "workingDays").after(Instant.parse("2026-11-20T09:00:00Z")))
                .isEqualTo(Instant.parse("2026-11-25T09:00:00Z"));
        // Saturday 01:00 Beijing is still Friday in UTC: the weekend is Beijing's, so one working day is Monday 01:00
        assertThat(new Deadline(1, "workingDays").after(Instant.parse("2026-11-20T17:00:00Z")))
                .isEqualTo(Instant.parse("2026-11-22T17:00:00Z"));
    }

    @Test
    void hoursAndDaysAreOnTheClock() {
        Instant friday = Instant.parse("2026-11-20T09:00:00Z");
        assertThat(new Deadline(24, "hours").after(friday)).isEqualTo(Instant.parse("2026-11-21T09:00:00Z"));
        assertThat(new Deadline(2, "days").after(friday)).isEqualTo(Instant.parse("2026-11-22T09:00:00Z"));
        assertThat(new Deadline(5, "workingDays").text()).isEqualTo("5 个工作日");
    }
}

package cn.yibiaotong.hub.connector;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class BackoffTest {

    @Test
    void waitDoublesAfterEachFailedAttemptUpToTheCap() {
        DeliveryTarget.Backoff backoff = new DeliveryTarget.Backoff(60.0, 2.0, 600.0);

        assertThat(backoff.delayMillis(1)).isEqualTo(60_000);
        assertThat(backoff.delayMillis(2)).isEqualTo(120_000);
        assertThat(backoff.delayMillis(3)).isEqualTo(240_000);
        assertThat(backoff.delayMillis(4)).isEqualTo(480_000);
        assertThat(backoff.delayMillis(5)).isEqualTo(600_000);
    }

    @Test
    void defaultsAreAMinuteDoublingToAnHour() {
        DeliveryTarget.Backoff backoff = new DeliveryTarget.Backoff(null, null, null);

        assertThat(backoff.delayMillis(1)).isEqualTo(60_000);
        assertThat(backoff.delayMillis(20)).isEqualTo(3_600_000);
    }
}

package cn.yibiaotong.hub.jdbcpull;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;

class PullWatermarkTest {

    @Test
    void storedAsReadableJsonAndReadBackToTheMicrosecond() {
        PullWatermark w = new PullWatermark(LocalDateTime.of(2026, 11, 20, 9, 0, 5, 123_456_000), "R\"01");

        assertThat(w.text()).isEqualTo("{\"updatedAt\":\"2026-11-20T09:00:05.123456\",\"key\":\"R\\\"01\"}");
        assertThat(PullWatermark.parse(w.text())).isEqualTo(w);
    }

    @Test
    void aWatermarkOfAnotherTransportIsRefused() {
        assertThatThrownBy(() -> PullWatermark.parse("2026-11-01T07:59:00Z|42")).isInstanceOf(IllegalArgumentException.class);
    }
}

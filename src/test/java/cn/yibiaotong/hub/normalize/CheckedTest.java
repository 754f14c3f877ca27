package cn.yibiaotong.hub.normalize;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class CheckedTest {

    @Test
    void okCarriesValueOnly() {
        Checked checked = Checked.ok("x");
        assertThat(checked.isOk()).isTrue();
        assertThat(checked.value()).isEqualTo("x");
        assertThat(checked.error()).isNull();
        assertThat(checked.warning()).isNull();
    }

    @Test
    void okMayCarryWarning() {
        Checked checked = Checked.ok("x", "注意");
        assertThat(checked.isOk()).isTrue();
        assertThat(checked.value()).isEqualTo("x");
        assertThat(checked.warning()).isEqualTo("注意");
    }

    @Test
    void errorCarriesMessageOnly() {
        Checked checked = Checked.error("错了");
        assertThat(checked.isOk()).isFalse();
        assertThat(checked.value()).isNull();
        assertThat(checked.error()).isEqualTo("错了");
        assertThat(checked.warning()).isNull();
    }

    @Test
    void rejectsInconsistentCombinations() {
        assertThatThrownBy(() -> new Checked(null, null, null)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Checked("v", "e", null)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Checked(null, "e", "w")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Checked.ok(null)).isInstanceOf(IllegalArgumentException.class);
    }
}

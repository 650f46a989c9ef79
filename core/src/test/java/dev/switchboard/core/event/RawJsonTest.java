package dev.switchboard.core.event;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class RawJsonTest {

    @Test
    void keepsTheExactSliceAndIsNotChangedByItsSource() {
        byte[] batch = "[{\"a\": \"ж\"},{\"b\":2}]".getBytes(StandardCharsets.UTF_8);

        RawJson first = RawJson.copyOf(batch, 1, 11);
        batch[1] = 'X';

        assertThat(first.text()).isEqualTo("{\"a\": \"ж\"}");
        assertThat(first.size()).isEqualTo(11);
        assertThat(first).isEqualTo(RawJson.of("{\"a\": \"ж\"}"));
    }

    @Test
    void bytesAreACopy() {
        RawJson raw = RawJson.of("{}");

        raw.bytes()[0] = 'X';

        assertThat(raw.text()).isEqualTo("{}");
    }
}

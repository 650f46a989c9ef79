package dev.switchboard.core.validate;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PayloadOrdinalsTest {

    @Test
    void returnsTheFirstOrdinalOfARepeatedPayloadAndMinusOneForANewOne() {
        PayloadOrdinals seen = new PayloadOrdinals(3);

        assertThat(seen.putIfAbsent("a", 0)).isEqualTo(-1);
        assertThat(seen.putIfAbsent("b", 1)).isEqualTo(-1);
        assertThat(seen.putIfAbsent("a", 2)).isEqualTo(0);
        assertThat(seen.putIfAbsent("a", 3)).isEqualTo(0);
    }

    @Test
    void keepsEveryPayloadOfAFullKeyboardWhoseHashesCollide() {
        // "Aa" and "BB" share a hash code, and so does every concatenation of them.
        String[] colliding = {"AaAa", "AaBB", "BBAa", "BBBB"};
        for (int buttons = 1; buttons <= 300; buttons++) {
            PayloadOrdinals seen = new PayloadOrdinals(buttons);
            for (int i = 0; i < buttons; i++) {
                assertThat(seen.putIfAbsent(payload(colliding, i), i)).isEqualTo(-1);
            }
            for (int i = 0; i < buttons; i++) {
                assertThat(seen.putIfAbsent(payload(colliding, i), buttons + i)).isEqualTo(i);
            }
        }
    }

    private static String payload(String[] colliding, int i) {
        return i < colliding.length ? colliding[i] : "p" + i;
    }
}

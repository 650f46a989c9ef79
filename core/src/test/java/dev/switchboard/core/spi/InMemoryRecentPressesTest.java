package dev.switchboard.core.spi;

import static org.assertj.core.api.Assertions.assertThat;

import dev.switchboard.core.PlatformId;
import dev.switchboard.core.testing.ManualTicker;
import java.time.Duration;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** What in-memory recent presses keep: the presses of about one window, not a full store of stale ones. */
class InMemoryRecentPressesTest {
    private static final Duration WINDOW = Duration.ofSeconds(2);
    private final ManualTicker clock = new ManualTicker();
    private final InMemoryRecentPresses recent = new InMemoryRecentPresses(100_000, clock);

    @Test
    void forgetsPressesWhoseWindowEndedInsteadOfFillingTheStore() {
        for (int chat = 0; chat < 40_000; chat++) {
            recent.repeated(PlatformId.TELEGRAM, chat + "/2", chat, "open", WINDOW);
            clock.advance(Duration.ofMillis(10));
        }

        assertThat(recent.size()).as("2 s of presses 10 ms apart").isLessThanOrEqualTo(200);
    }

    @Test
    void aPressWithALongerWindowOutlivesShorterOnesEvenWhenTheStoreFills() {
        InMemoryRecentPresses small = new InMemoryRecentPresses(1_000, clock);
        small.repeated(PlatformId.VK, "7/1", 7, "vote:yes", Duration.ofMinutes(1));
        for (int chat = 0; chat < 5_000; chat++) {
            small.repeated(PlatformId.TELEGRAM, chat + "/2", chat, "open", WINDOW);
            clock.advance(Duration.ofMillis(5));
        }

        assertThat(small.repeated(PlatformId.VK, "7/1", 7, "vote:yes", Duration.ofMinutes(1))).isTrue();
        assertThat(small.repeated(PlatformId.TELEGRAM, "4999/2", 4999, "open", WINDOW)).isTrue();
        assertThat(small.repeated(PlatformId.TELEGRAM, "1000/2", 1000, "open", WINDOW)).isFalse();
    }

    @Test
    void aReplacementForgetsOnlyPressesMadeBeforeIt() {
        recent.repeated(PlatformId.TELEGRAM, "1/2", 1, "next", WINDOW);
        recent.keyboardReplaced(PlatformId.TELEGRAM, "1/2", Set.of("next"));

        assertThat(recent.repeated(PlatformId.TELEGRAM, "1/2", 1, "next", WINDOW)).as("a new choice").isFalse();
        assertThat(recent.repeated(PlatformId.TELEGRAM, "1/2", 1, "next", WINDOW)).as("its double tap").isTrue();
    }

    @Test
    void aReplacementLastsAsLongAsTheLongestWindowOfAPressBeforeIt() {
        recent.repeated(PlatformId.TELEGRAM, "1/2", 1, "next", Duration.ofSeconds(30));
        recent.keyboardReplaced(PlatformId.TELEGRAM, "1/2", Set.of("next"));
        clock.advance(Duration.ofSeconds(20));

        assertThat(recent.repeated(PlatformId.TELEGRAM, "1/2", 1, "next", Duration.ofSeconds(30))).isFalse();
    }
}

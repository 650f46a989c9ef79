package dev.switchboard.core.spi;

import static org.assertj.core.api.Assertions.assertThat;


import dev.switchboard.core.PlatformId;
import dev.switchboard.core.testing.ManualTicker;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** What in-memory recent presses keep: the presses of about one window, not a full cache of stale ones. */
class InMemoryRecentPressesTest {
    private static final Duration WINDOW = Duration.ofSeconds(2);
    private final ManualTicker clock = new ManualTicker();
    private final InMemoryRecentPresses recent = new InMemoryRecentPresses(100_000, clock);

    @Test
    void forgetsPressesWhoseWindowEndedInsteadOfFillingTheCache() {
        for (int chat = 0; chat < 10 * InMemoryRecentPresses.SWEEP_EVERY; chat++) {
            recent.repeated(PlatformId.TELEGRAM, chat + "/2", chat, "open", WINDOW);
            clock.advance(Duration.ofMillis(10));
        }

        assertThat(recent.size()).isLessThanOrEqualTo(InMemoryRecentPresses.SWEEP_EVERY);
    }

    @Test
    void aPressStillInItsWindowSurvivesTheSweep() {
        recent.repeated(PlatformId.VK, "7/1", 7, "vote:yes", Duration.ofMinutes(1));
        for (int chat = 0; chat < InMemoryRecentPresses.SWEEP_EVERY; chat++) {
            recent.repeated(PlatformId.TELEGRAM, chat + "/2", chat, "open", WINDOW);
            clock.advance(Duration.ofMillis(5));
        }

        assertThat(recent.repeated(PlatformId.VK, "7/1", 7, "vote:yes", Duration.ofMinutes(1))).isTrue();
    }
}

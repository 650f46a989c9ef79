package dev.switchboard.core.testing;

import static org.assertj.core.api.Assertions.assertThat;

import dev.switchboard.core.PlatformId;
import dev.switchboard.core.spi.SeenUpdates;
import org.junit.jupiter.api.Test;

/**
 * What every {@link SeenUpdates} must do within its window: a subclass names the store
 * ({@link #newSeenUpdates()}) and inherits the tests. Each test gets a store of its own.
 */
public abstract class SeenUpdatesContract {
    /** A new store that has seen nothing, with a window of at least a minute. */
    protected abstract SeenUpdates newSeenUpdates();

    @Test
    void anUpdateIsFirstSeenOnceAndARepeatAfterThat() {
        SeenUpdates seen = newSeenUpdates();

        assertThat(seen.firstSeen(PlatformId.TELEGRAM, "1001")).isTrue();
        assertThat(seen.firstSeen(PlatformId.TELEGRAM, "1001")).isFalse();
        assertThat(seen.firstSeen(PlatformId.TELEGRAM, "1001")).isFalse();
        assertThat(seen.firstSeen(PlatformId.TELEGRAM, "1002")).isTrue();
    }

    @Test
    void eachPlatformHasItsOwnIds() {
        SeenUpdates seen = newSeenUpdates();

        assertThat(seen.firstSeen(PlatformId.TELEGRAM, "7")).isTrue();
        assertThat(seen.firstSeen(PlatformId.VK, "7")).isTrue();
        assertThat(seen.firstSeen(PlatformId.VK, "7")).isFalse();
    }

    @Test
    void forgettingAnUpdateLetsItsNextDeliveryBeHandled() {
        SeenUpdates seen = newSeenUpdates();
        seen.firstSeen(PlatformId.VK, "event-abc");

        seen.forget(PlatformId.VK, "event-abc");

        assertThat(seen.firstSeen(PlatformId.VK, "event-abc")).isTrue();
        assertThat(seen.firstSeen(PlatformId.VK, "event-abc")).isFalse();
    }

    @Test
    void forgettingOnlyTouchesThatPlatformsUpdate() {
        SeenUpdates seen = newSeenUpdates();
        seen.firstSeen(PlatformId.TELEGRAM, "5");
        seen.firstSeen(PlatformId.VK, "5");

        seen.forget(PlatformId.TELEGRAM, "5");
        seen.forget(PlatformId.TELEGRAM, "never-seen");

        assertThat(seen.firstSeen(PlatformId.VK, "5")).isFalse();
        assertThat(seen.firstSeen(PlatformId.TELEGRAM, "5")).isTrue();
        assertThat(seen.firstSeen(PlatformId.TELEGRAM, "never-seen")).isTrue();
    }
}

package dev.switchboard.core.testing;

import static org.assertj.core.api.Assertions.assertThat;

import dev.switchboard.core.PlatformId;
import dev.switchboard.core.spi.RecentPresses;
import java.time.Duration;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** What every {@link RecentPresses} does; a subclass names the implementation. Uses real time, briefly. */
public abstract class RecentPressesContract {
    private static final Duration WINDOW = Duration.ofSeconds(30);

    /** A fresh, empty store. */
    protected abstract RecentPresses presses();

    @Test
    void theSamePressWithinTheWindowIsARepeat() {
        RecentPresses presses = presses();

        assertThat(presses.repeated(PlatformId.TELEGRAM, "70/700", 7, "vote:yes", WINDOW)).isFalse();
        assertThat(presses.repeated(PlatformId.TELEGRAM, "70/700", 7, "vote:yes", WINDOW)).isTrue();
    }

    @Test
    void anotherUserMessagePayloadOrPlatformIsNotARepeat() {
        RecentPresses presses = presses();
        presses.repeated(PlatformId.TELEGRAM, "70/700", 7, "vote:yes", WINDOW);

        assertThat(presses.repeated(PlatformId.TELEGRAM, "70/700", 8, "vote:yes", WINDOW)).isFalse();
        assertThat(presses.repeated(PlatformId.TELEGRAM, "70/701", 7, "vote:yes", WINDOW)).isFalse();
        assertThat(presses.repeated(PlatformId.TELEGRAM, "70/700", 7, "vote:no", WINDOW)).isFalse();
        assertThat(presses.repeated(PlatformId.VK, "70/700", 7, "vote:yes", WINDOW)).isFalse();
    }

    @Test
    void afterTheWindowThePressIsNewAgain() throws InterruptedException {
        RecentPresses presses = presses();
        presses.repeated(PlatformId.TELEGRAM, "70/700", 7, "vote:yes", Duration.ofMillis(100));

        Thread.sleep(250);

        assertThat(presses.repeated(PlatformId.TELEGRAM, "70/700", 7, "vote:yes", Duration.ofMillis(100))).isFalse();
    }

    @Test
    void aReplacedKeyboardForgetsThePayloadsItOffersAgainAndOnlyThose() {
        RecentPresses presses = presses();
        presses.repeated(PlatformId.TELEGRAM, "70/700", 7, "page:2", WINDOW);
        presses.repeated(PlatformId.TELEGRAM, "70/700", 8, "page:2", WINDOW);
        presses.repeated(PlatformId.TELEGRAM, "70/700", 7, "page:3", WINDOW);
        presses.repeated(PlatformId.TELEGRAM, "70/701", 7, "page:2", WINDOW);

        presses.keyboardReplaced(PlatformId.TELEGRAM, "70/700", Set.of("page:2", "page:1"));

        assertThat(presses.repeated(PlatformId.TELEGRAM, "70/700", 7, "page:2", WINDOW)).isFalse();
        assertThat(presses.repeated(PlatformId.TELEGRAM, "70/700", 8, "page:2", WINDOW)).isFalse();
        assertThat(presses.repeated(PlatformId.TELEGRAM, "70/700", 7, "page:3", WINDOW)).isTrue();
        assertThat(presses.repeated(PlatformId.TELEGRAM, "70/701", 7, "page:2", WINDOW)).isTrue();
    }

    @Test
    void payloadsAndMessageKeysWithSeparatorsDoNotCollide() {
        RecentPresses presses = presses();
        presses.repeated(PlatformId.TELEGRAM, "inline:a|b", 7, "c", WINDOW);

        assertThat(presses.repeated(PlatformId.TELEGRAM, "inline:a", 7, "b|c", WINDOW)).isFalse();
        assertThat(presses.repeated(PlatformId.TELEGRAM, "inline:a|b", 7, "c", WINDOW)).isTrue();
    }
}

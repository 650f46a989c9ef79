package dev.switchboard.core.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import dev.switchboard.core.spi.RateLimit;
import dev.switchboard.core.spi.SendLimits;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What every {@link SendLimits} must do, for a store that cannot fake its clock: the limits here
 * are one permit an hour, so real time never moves a result, and waits are asserted with bounds.
 * Extend it with {@link #limits()} returning the store under test (a fresh one, or one whose keys
 * are isolated by {@link #key}, which is unique per test).
 */
public abstract class SendLimitsContract {
    private static final Duration HOUR = Duration.ofHours(1);
    private String prefix;

    /** The store under test. */
    protected abstract SendLimits limits();

    @BeforeEach
    void newPrefix() {
        prefix = "contract-" + UUID.randomUUID() + "-";
    }

    /** {@code name}, made unique to the running test. */
    protected String key(String name) {
        return prefix + name;
    }

    @Test
    void aBurstPassesAtOnceAndTheNextSendWaitsAboutOneInterval() {
        SendLimits limits = limits();
        List<RateLimit> one = List.of(new RateLimit(key("a"), 1, HOUR, 2));

        assertThat(limits.tryAcquire(one)).isZero();
        assertThat(limits.tryAcquire(one)).isZero();
        assertThat(limits.tryAcquire(one)).isBetween(HOUR.minusMinutes(1), HOUR);
    }

    @Test
    void keysAreCountedApart() {
        SendLimits limits = limits();

        assertThat(limits.tryAcquire(List.of(new RateLimit(key("a"), 1, HOUR, 1)))).isZero();
        assertThat(limits.tryAcquire(List.of(new RateLimit(key("b"), 1, HOUR, 1)))).isZero();
    }

    @Test
    void aRefusedLimitTakesNothingFromTheOthers() {
        SendLimits limits = limits();
        RateLimit wide = new RateLimit(key("wide"), 1, HOUR, 2);
        RateLimit chat = new RateLimit(key("chat"), 1, HOUR, 1);
        assertThat(limits.tryAcquire(List.of(chat))).isZero();

        assertThat(limits.tryAcquire(List.of(chat, wide))).isPositive();
        assertThat(limits.tryAcquire(List.of(chat, wide))).isPositive();

        assertThat(limits.tryAcquire(List.of(wide))).isZero();
        assertThat(limits.tryAcquire(List.of(wide))).isZero();
    }

    @Test
    void theLongestWaitIsReturned() {
        SendLimits limits = limits();
        RateLimit hourly = new RateLimit(key("hourly"), 1, HOUR, 1);
        RateLimit daily = new RateLimit(key("daily"), 1, Duration.ofDays(1), 1);
        limits.tryAcquire(List.of(hourly, daily));

        assertThat(limits.tryAcquire(List.of(hourly, daily))).isGreaterThan(Duration.ofHours(23));
    }

    @Test
    void aHaltedKeyRefusesWithTheRemainingHalt() {
        SendLimits limits = limits();
        limits.halt(key("bot"), Duration.ofMinutes(30));

        assertThat(limits.tryAcquire(List.of(new RateLimit(key("chat"), 1, HOUR, 5),
                new RateLimit(key("bot"), 1, HOUR, 5)))).isBetween(Duration.ofMinutes(29), Duration.ofMinutes(30));
        assertThat(limits.tryAcquire(List.of(new RateLimit(key("chat"), 1, HOUR, 1)))).isZero();
    }

    @Test
    void aShorterHaltNeverShortensALongerOne() {
        SendLimits limits = limits();
        limits.halt(key("bot"), Duration.ofMinutes(30));
        limits.halt(key("bot"), Duration.ofSeconds(1));

        assertThat(limits.tryAcquire(List.of(new RateLimit(key("bot"), 1, HOUR, 1))))
                .isGreaterThan(Duration.ofMinutes(29));
    }

    @Test
    void aLongerHaltExtendsAShorterOne() {
        SendLimits limits = limits();
        limits.halt(key("bot"), Duration.ofSeconds(1));
        limits.halt(key("bot"), Duration.ofMinutes(30));

        assertThat(limits.tryAcquire(List.of(new RateLimit(key("bot"), 1, HOUR, 1))))
                .isGreaterThan(Duration.ofMinutes(29));
    }

    @Test
    void aHaltTakesNoPermit() {
        SendLimits limits = limits();
        limits.halt(key("bot"), Duration.ofMillis(50));
        RateLimit bot = new RateLimit(key("bot"), 1, HOUR, 1);

        assertThatCode(() -> limits.acquire(List.of(bot))).doesNotThrowAnyException();
        assertThat(limits.tryAcquire(List.of(bot))).isPositive();
    }

    @Test
    void anEmptyListPassesAtOnce() {
        assertThat(limits().tryAcquire(List.of())).isZero();
    }
}

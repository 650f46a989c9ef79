package dev.switchboard.core.spi;

import static org.assertj.core.api.Assertions.assertThat;


import dev.switchboard.core.testing.ManualTicker;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/** GCRA and halts against a clock the test moves. */
class InMemorySendLimitsTest {
    private final ManualTicker clock = new ManualTicker();
    private final InMemorySendLimits limits = new InMemorySendLimits(100, clock);

    @Test
    void fivePerSecondWithoutBurstPassesOneEveryTwoHundredMilliseconds() {
        List<RateLimit> bot = List.of(new RateLimit("bot", 5, Duration.ofSeconds(1), 1));

        assertThat(limits.tryAcquire(bot)).isZero();
        assertThat(limits.tryAcquire(bot)).isEqualTo(Duration.ofMillis(200));
        clock.advance(Duration.ofMillis(150));
        assertThat(limits.tryAcquire(bot)).isEqualTo(Duration.ofMillis(50));
        clock.advance(Duration.ofMillis(50));
        assertThat(limits.tryAcquire(bot)).isZero();
        assertThat(limits.tryAcquire(bot)).isEqualTo(Duration.ofMillis(200));
    }

    @Test
    void aSteadySenderGetsExactlyTheRateOverAMinute() {
        List<RateLimit> bot = List.of(new RateLimit("bot", 30, Duration.ofSeconds(1), 30));
        int passed = 0;
        for (int tick = 0; tick < 60_000; tick++) {
            while (limits.tryAcquire(bot).isZero()) {
                passed++;
            }
            clock.advance(Duration.ofMillis(1));
        }

        assertThat(passed).isEqualTo(30 + 30 * 60 - 1);
    }

    @Test
    void aBurstPassesAfterAQuietSpellAndThenTheRateResumes() {
        List<RateLimit> chat = List.of(new RateLimit("chat", 1, Duration.ofSeconds(1), 3));
        clock.advance(Duration.ofMinutes(5));

        assertThat(limits.tryAcquire(chat)).isZero();
        assertThat(limits.tryAcquire(chat)).isZero();
        assertThat(limits.tryAcquire(chat)).isZero();
        assertThat(limits.tryAcquire(chat)).isEqualTo(Duration.ofSeconds(1));
        clock.advance(Duration.ofSeconds(1));
        assertThat(limits.tryAcquire(chat)).isZero();
        assertThat(limits.tryAcquire(chat)).isEqualTo(Duration.ofSeconds(1));
    }

    @Test
    void theBurstRefillsAtTheRate() {
        List<RateLimit> chat = List.of(new RateLimit("chat", 1, Duration.ofSeconds(1), 3));
        for (int i = 0; i < 3; i++) {
            limits.tryAcquire(chat);
        }
        clock.advance(Duration.ofSeconds(2));

        assertThat(limits.tryAcquire(chat)).isZero();
        assertThat(limits.tryAcquire(chat)).isZero();
        assertThat(limits.tryAcquire(chat)).isPositive();
    }

    @Test
    void allOrNothingTakesNoPermitWhenOneLimitRefuses() {
        RateLimit bot = new RateLimit("bot", 1, Duration.ofSeconds(1), 2);
        RateLimit group = new RateLimit("group", 20, Duration.ofMinutes(1), 1);
        assertThat(limits.tryAcquire(List.of(group))).isZero();

        assertThat(limits.tryAcquire(List.of(bot, group))).isEqualTo(Duration.ofSeconds(3));
        assertThat(limits.tryAcquire(List.of(bot))).isZero();
        assertThat(limits.tryAcquire(List.of(bot))).isZero();
        assertThat(limits.tryAcquire(List.of(bot))).isEqualTo(Duration.ofSeconds(1));
    }

    @Test
    void theLongestWaitAmongRefusingLimitsIsReturned() {
        RateLimit chat = new RateLimit("chat", 1, Duration.ofSeconds(1), 1);
        RateLimit group = new RateLimit("group", 20, Duration.ofMinutes(1), 1);
        limits.tryAcquire(List.of(chat, group));

        assertThat(limits.tryAcquire(List.of(chat, group))).isEqualTo(Duration.ofSeconds(3));
    }

    @Test
    void aKeyListedTwiceTakesTwoPermits() {
        RateLimit chat = new RateLimit("chat", 1, Duration.ofSeconds(1), 2);

        assertThat(limits.tryAcquire(List.of(chat, chat))).isZero();
        assertThat(limits.tryAcquire(List.of(chat))).isEqualTo(Duration.ofSeconds(1));
    }

    @Test
    void theEmissionIntervalRoundsUpToWholeNanoseconds() {
        assertThat(InMemorySendLimits.emissionInterval(new RateLimit("k", 3, Duration.ofSeconds(1), 1)))
                .isEqualTo(333_333_334L);
        assertThat(InMemorySendLimits.emissionInterval(new RateLimit("k", 10, Duration.ofNanos(5), 1)))
                .isEqualTo(1L);
    }

    @Test
    void aHaltRefusesWithTheRemainingHaltUntilItEnds() {
        List<RateLimit> bot = List.of(new RateLimit("bot", 30, Duration.ofSeconds(1), 30));
        limits.halt("bot", Duration.ofSeconds(7));

        assertThat(limits.tryAcquire(bot)).isEqualTo(Duration.ofSeconds(7));
        clock.advance(Duration.ofSeconds(5));
        assertThat(limits.tryAcquire(bot)).isEqualTo(Duration.ofSeconds(2));
        clock.advance(Duration.ofSeconds(2));
        assertThat(limits.tryAcquire(bot)).isZero();
    }

    @Test
    void aHaltOutweighsALongerRateWait() {
        RateLimit group = new RateLimit("group", 1, Duration.ofMinutes(1), 1);
        limits.tryAcquire(List.of(group));
        limits.halt("bot", Duration.ofSeconds(2));

        assertThat(limits.tryAcquire(List.of(group, new RateLimit("bot", 30, Duration.ofSeconds(1), 1))))
                .isEqualTo(Duration.ofSeconds(2));
    }

    @Test
    void aShorterHaltNeverShortensALongerOne() {
        limits.halt("bot", Duration.ofSeconds(30));
        clock.advance(Duration.ofSeconds(10));
        limits.halt("bot", Duration.ofSeconds(5));

        assertThat(limits.tryAcquire(List.of(new RateLimit("bot", 1, Duration.ofSeconds(1), 1))))
                .isEqualTo(Duration.ofSeconds(20));
    }

    @Test
    void aHaltCoversOnlyItsKey() {
        limits.halt("telegram-1", Duration.ofSeconds(30));

        assertThat(limits.tryAcquire(List.of(new RateLimit("telegram-2", 1, Duration.ofSeconds(1), 1)))).isZero();
    }

    @Test
    void lapsedKeysAreForgotten() {
        for (int chat = 0; chat < 50; chat++) {
            limits.tryAcquire(List.of(new RateLimit("chat:" + chat, 1, Duration.ofSeconds(1), 3)));
        }
        limits.halt("bot", Duration.ofSeconds(2));
        assertThat(limits.size()).isEqualTo(51);

        clock.advance(Duration.ofMillis(999));
        limits.forgetLapsed();
        assertThat(limits.size()).isEqualTo(51);
        clock.advance(Duration.ofMillis(1));
        limits.forgetLapsed();
        assertThat(limits.size()).isEqualTo(1);
        clock.advance(Duration.ofSeconds(1));
        limits.forgetLapsed();
        assertThat(limits.size()).isZero();
    }

    @Test
    void lapsedKeysAreSweptAsCallsGoOn() {
        for (int chat = 0; chat < 50; chat++) {
            limits.tryAcquire(List.of(new RateLimit("chat:" + chat, 1, Duration.ofSeconds(1), 1)));
        }
        clock.advance(Duration.ofSeconds(1));
        for (int i = 0; i < InMemorySendLimits.SWEEP_EVERY; i++) {
            limits.tryAcquire(List.of());
        }

        assertThat(limits.size()).isZero();
    }

    @Test
    void memoryStaysWithinTheCapacity() {
        for (int chat = 0; chat < 1_000; chat++) {
            limits.tryAcquire(List.of(new RateLimit("chat:" + chat, 1, Duration.ofHours(1), 1)));
            limits.halt("halt:" + chat, Duration.ofHours(1));
        }

        assertThat(limits.size()).isLessThanOrEqualTo(200);
    }

    @Test
    void acquireSleepsOutTheWait() throws InterruptedException {
        SendLimits real = SendLimits.inMemory();
        List<RateLimit> bot = List.of(new RateLimit("bot", 20, Duration.ofSeconds(1), 1));
        long start = System.nanoTime();
        for (int i = 0; i < 4; i++) {
            real.acquire(bot);
        }

        assertThat(Duration.ofNanos(System.nanoTime() - start)).isGreaterThanOrEqualTo(Duration.ofMillis(140));
    }
}

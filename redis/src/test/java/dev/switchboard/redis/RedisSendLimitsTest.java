package dev.switchboard.redis;

import static org.assertj.core.api.Assertions.assertThat;

import dev.switchboard.core.spi.RateLimit;
import dev.switchboard.core.spi.SendLimits;
import io.lettuce.core.api.sync.RedisCommands;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** {@link RedisState#sendLimits()}: GCRA with bursts, all or nothing, halts that never shorten, shared by clients. */
class RedisSendLimitsTest {
    private static final RateLimit ONE_A_SECOND_BURST_3 = new RateLimit("telegram-1:chat:42", 1, Duration.ofSeconds(1), 3);
    private static final RateLimit ONE_A_MINUTE = new RateLimit("telegram-1:chat:-100", 1, Duration.ofMinutes(1), 1);
    private static final RateLimit THIRTY_A_SECOND = new RateLimit("telegram-1", 30, Duration.ofSeconds(1), 30);

    @RegisterExtension
    static final LocalRedisExtension redis = new LocalRedisExtension();

    @Test
    void aBurstPassesAtOnceThenOnePermitPerInterval() {
        SendLimits limits = redis.freshState().sendLimits();

        for (int i = 0; i < 3; i++) {
            assertThat(limits.tryAcquire(List.of(ONE_A_SECOND_BURST_3))).as("send %s", i).isZero();
        }
        Duration wait = limits.tryAcquire(List.of(ONE_A_SECOND_BURST_3));

        assertThat(wait).isPositive().isLessThanOrEqualTo(Duration.ofSeconds(1))
                .isGreaterThan(Duration.ofMillis(500));
        assertThat(wait.toNanos() % 1000).as("whole microseconds").isZero();
    }

    @Test
    void permitsComeBackAfterTheInterval() throws InterruptedException {
        RateLimit fast = new RateLimit("vk-token-1", 4, Duration.ofSeconds(1), 1);
        SendLimits limits = redis.freshState().sendLimits();

        assertThat(limits.tryAcquire(List.of(fast))).isZero();
        Duration wait = limits.tryAcquire(List.of(fast));
        assertThat(wait).isPositive().isLessThanOrEqualTo(Duration.ofMillis(250));
        Thread.sleep(wait.toMillis() + 5);

        assertThat(limits.tryAcquire(List.of(fast))).isZero();
    }

    @Test
    void takesAllPermitsOrNone() {
        SendLimits limits = redis.freshState().sendLimits();
        assertThat(limits.tryAcquire(List.of(ONE_A_MINUTE))).isZero();

        Duration wait = limits.tryAcquire(List.of(THIRTY_A_SECOND, ONE_A_MINUTE));

        assertThat(wait).isGreaterThan(Duration.ofSeconds(55)).isLessThanOrEqualTo(Duration.ofMinutes(1));
        for (int i = 0; i < 30; i++) {
            assertThat(limits.tryAcquire(List.of(THIRTY_A_SECOND))).as("the refused call took nothing: %s", i)
                    .isZero();
        }
        assertThat(limits.tryAcquire(List.of(THIRTY_A_SECOND))).isPositive();
    }

    @Test
    void aKeyListedTwiceTakesTwoPermits() {
        RateLimit burst2 = new RateLimit("k", 1, Duration.ofMinutes(1), 2);
        SendLimits limits = redis.freshState().sendLimits();

        assertThat(limits.tryAcquire(List.of(burst2, burst2))).isZero();

        assertThat(limits.tryAcquire(List.of(burst2))).isPositive();
    }

    @Test
    void aHaltStopsEveryCallListingItsKeyAndAShorterHaltNeverShortensIt() {
        SendLimits limits = redis.freshState().sendLimits();

        limits.halt(ONE_A_MINUTE.key(), Duration.ofSeconds(20));
        limits.halt(ONE_A_MINUTE.key(), Duration.ofSeconds(1));
        limits.halt(ONE_A_MINUTE.key(), Duration.ZERO);
        Duration wait = limits.tryAcquire(List.of(THIRTY_A_SECOND, ONE_A_MINUTE));

        assertThat(wait).isGreaterThan(Duration.ofSeconds(19)).isLessThanOrEqualTo(Duration.ofSeconds(20));
        for (int i = 0; i < 30; i++) {
            assertThat(limits.tryAcquire(List.of(THIRTY_A_SECOND))).as("the halted call took nothing: %s", i).isZero();
        }

        limits.halt(ONE_A_MINUTE.key(), Duration.ofSeconds(40));

        assertThat(limits.tryAcquire(List.of(ONE_A_MINUTE))).isGreaterThan(Duration.ofSeconds(39));
    }

    @Test
    void twoClientsOnOneServerShareTheLimitsAndTheHalts() {
        String namespace = RedisServer.freshNamespace();
        SendLimits first = redis.state(namespace).sendLimits();
        SendLimits second = redis.state(namespace).sendLimits();

        assertThat(first.tryAcquire(List.of(ONE_A_SECOND_BURST_3))).isZero();
        assertThat(second.tryAcquire(List.of(ONE_A_SECOND_BURST_3))).isZero();
        assertThat(first.tryAcquire(List.of(ONE_A_SECOND_BURST_3))).isZero();
        assertThat(second.tryAcquire(List.of(ONE_A_SECOND_BURST_3))).isPositive();

        second.halt(THIRTY_A_SECOND.key(), Duration.ofSeconds(5));

        assertThat(first.tryAcquire(List.of(THIRTY_A_SECOND))).isGreaterThan(Duration.ofSeconds(4));
    }

    @Test
    void rateKeysExpireAtTheirArrivalTimeAndHaltsAtTheirEnd() {
        RedisCommands<String, String> raw = redis.raw();
        String namespace = RedisServer.freshNamespace();
        SendLimits limits = redis.state(namespace).sendLimits();

        limits.tryAcquire(List.of(ONE_A_SECOND_BURST_3));
        limits.tryAcquire(List.of(ONE_A_MINUTE));
        limits.halt("telegram-1", Duration.ofSeconds(30));

        assertThat(raw.pttl(namespace + ":rate:" + ONE_A_SECOND_BURST_3.key())).isBetween(900L, 1000L);
        assertThat(raw.pttl(namespace + ":rate:" + ONE_A_MINUTE.key())).isBetween(59_000L, 60_000L);
        assertThat(raw.pttl(namespace + ":halt:telegram-1")).isBetween(29_000L, 30_000L);
        assertThat(raw.keys(namespace + ":*")).containsExactlyInAnyOrder(namespace + ":rate:" + ONE_A_SECOND_BURST_3.key(),
                namespace + ":rate:" + ONE_A_MINUTE.key(), namespace + ":halt:telegram-1");
    }

    @Test
    void theEmissionIntervalIsRoundedUpToWholeMicroseconds() {
        assertThat(RedisSendLimits.emissionInterval(new RateLimit("k", 3, Duration.ofSeconds(1), 1))).isEqualTo(333_334);
        assertThat(RedisSendLimits.emissionInterval(new RateLimit("k", 1, Duration.ofNanos(1), 1))).isEqualTo(1);
        assertThat(RedisSendLimits.emissionInterval(new RateLimit("k", 20, Duration.ofMinutes(1), 1)))
                .isEqualTo(3_000_000);
    }

    @Test
    void anEmptyListIsFreeAndNeedsNoKey() {
        RedisCommands<String, String> raw = redis.raw();
        String namespace = RedisServer.freshNamespace();

        assertThat(redis.state(namespace).sendLimits().tryAcquire(List.of())).isZero();
        assertThat(raw.keys(namespace + ":*")).isEmpty();
    }
}

package dev.switchboard.redis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.switchboard.core.PlatformId;
import dev.switchboard.core.payload.PayloadStore;
import io.lettuce.core.api.sync.RedisCommands;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** What RedisState writes to Redis: keys under the namespace, with the TTLs it promises. */
class RedisStateTest {
    @RegisterExtension
    static final LocalRedisExtension redis = new LocalRedisExtension();

    @Test
    void keepsEachKindOfStateUnderItsOwnKeysInTheNamespace() {
        RedisCommands<String, String> raw = redis.raw();
        String namespace = RedisServer.freshNamespace();
        RedisState state = redis.state(namespace);

        String token = state.payloads().put("long payload");
        state.seenUpdates().firstSeen(PlatformId.TELEGRAM, "1001");
        state.seenUpdates().firstSeen(PlatformId.VK, "event-7");
        state.checkpoints().save("telegram-42", "1002");

        assertThat(raw.keys(namespace + ":*")).containsExactlyInAnyOrder(namespace + ":payload:" + token,
                namespace + ":seen:telegram:1001", namespace + ":seen:vk:event-7",
                namespace + ":checkpoint:telegram-42");
        assertThat(raw.get(namespace + ":payload:" + token)).isEqualTo("long payload");
        assertThat(raw.get(namespace + ":checkpoint:telegram-42")).isEqualTo("1002");
    }

    @Test
    void payloadsExpireThePayloadTtlAfterTheyWereStored() {
        RedisCommands<String, String> raw = redis.raw();
        String namespace = RedisServer.freshNamespace();
        RedisState defaults = redis.state(namespace);
        RedisState shortLived = redis.open(RedisState.builder(redis.uri()).namespace(namespace)
                .payloadTtl(Duration.ofMinutes(10)));

        String kept48Hours = defaults.payloads().put("a");
        String kept10Minutes = shortLived.payloads().put("b");

        assertThat(raw.pttl(namespace + ":payload:" + kept48Hours))
                .isCloseTo(Duration.ofHours(48).toMillis(), within(5_000L));
        assertThat(raw.pttl(namespace + ":payload:" + kept10Minutes))
                .isCloseTo(Duration.ofMinutes(10).toMillis(), within(5_000L));
    }

    @Test
    void seenUpdatesExpireAfterTheirPlatformsWindowAndCheckpointsNever() {
        RedisCommands<String, String> raw = redis.raw();
        String namespace = RedisServer.freshNamespace();
        PlatformId max = new PlatformId("max", "Max");
        RedisState state = redis.open(RedisState.builder(redis.uri()).namespace(namespace)
                .seenWindow(max, Duration.ofMinutes(3)));

        state.seenUpdates().firstSeen(PlatformId.TELEGRAM, "1");
        state.seenUpdates().firstSeen(PlatformId.VK, "1");
        state.seenUpdates().firstSeen(max, "1");
        state.checkpoints().save("telegram-1", "2");

        assertThat(raw.pttl(namespace + ":seen:telegram:1")).isCloseTo(Duration.ofHours(24).toMillis(), within(5_000L));
        assertThat(raw.pttl(namespace + ":seen:vk:1")).isCloseTo(Duration.ofHours(1).toMillis(), within(5_000L));
        assertThat(raw.pttl(namespace + ":seen:max:1")).isCloseTo(Duration.ofMinutes(3).toMillis(), within(5_000L));
        assertThat(raw.pttl(namespace + ":checkpoint:telegram-1")).isEqualTo(-1L);
    }

    @Test
    void aRepeatDoesNotExtendTheSeenWindow() throws InterruptedException {
        String namespace = RedisServer.freshNamespace();
        RedisState state = redis.open(RedisState.builder(redis.uri()).namespace(namespace)
                .seenWindow(PlatformId.VK, Duration.ofMillis(300)));

        assertThat(state.seenUpdates().firstSeen(PlatformId.VK, "9")).isTrue();
        Thread.sleep(150);
        assertThat(state.seenUpdates().firstSeen(PlatformId.VK, "9")).isFalse();
        Thread.sleep(300);

        assertThat(state.seenUpdates().firstSeen(PlatformId.VK, "9")).isTrue();
    }

    @Test
    void twoNamespacesDoNotSeeEachOthersState() {
        RedisState shop = redis.freshState();
        RedisState news = redis.freshState();

        shop.checkpoints().save("telegram-1", "100");
        shop.seenUpdates().firstSeen(PlatformId.TELEGRAM, "5");
        String token = shop.payloads().put("shop payload");

        assertThat(news.checkpoints().load("telegram-1")).isEmpty();
        assertThat(news.seenUpdates().firstSeen(PlatformId.TELEGRAM, "5")).isTrue();
        assertThat(news.payloads().get(token)).isEmpty();
        assertThat(shop.checkpoints().load("telegram-1")).contains("100");
    }

    @Test
    void resolvesATokenMintedByAnotherClient() {
        String namespace = RedisServer.freshNamespace();
        RedisState first = redis.state(namespace);
        RedisState second = redis.state(namespace);

        String token = first.payloads().put("order:42:" + "x".repeat(200));

        assertThat(second.payloads().get(token)).contains("order:42:" + "x".repeat(200));
        assertThat(token).matches("~s:[A-Za-z0-9_-]{12}");
        assertThat(second.payloads().isToken(token)).isTrue();
    }

    @Test
    void theSeenUpdatesOfOneInstanceAreRepeatsForAnother() {
        String namespace = RedisServer.freshNamespace();
        RedisState first = redis.state(namespace);
        RedisState second = redis.state(namespace);

        assertThat(first.seenUpdates().firstSeen(PlatformId.TELEGRAM, "77")).isTrue();

        assertThat(second.seenUpdates().firstSeen(PlatformId.TELEGRAM, "77")).isFalse();
    }

    @Test
    void usesTheDefaultNamespaceUnlessToldOtherwise() {
        RedisState state = redis.open(RedisState.builder(redis.uri()));

        assertThat(state.namespace()).isEqualTo("switchboard");
        assertThat(state).hasToString("RedisState[" + redis.uri() + ", namespace=switchboard]");
    }

    @Test
    void rejectsANamespaceThatIsNotAShortPlainWord() {
        for (String bad : new String[] {"", "a:b", "shop bot", "x".repeat(51), "a*"}) {
            assertThatThrownBy(() -> RedisState.builder(redis.uri()).namespace(bad)).as(bad)
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("a namespace must be 1 to 50 of A-Z a-z 0-9 . _ -");
        }
    }

    @Test
    void rejectsAUriThatIsNotRedisWithAHost() {
        for (String bad : new String[] {"http://127.0.0.1:6379", "redis:///0", "127.0.0.1:6379"}) {
            assertThatThrownBy(() -> RedisState.builder(bad)).as(bad).isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("redis://");
        }
    }

    @Test
    void formsThatAreNotTokensResolveToNothingWithoutAskingRedis() {
        PayloadStore payloads = redis.freshState()
                .payloads();

        assertThat(payloads.get("~s:../../etc")).isEmpty();
        assertThat(payloads.get("~s:" + "A".repeat(13))).isEmpty();
        assertThat(payloads.get("catalogue:1")).isEmpty();
    }

    @Test
    void closesCleanlyOnAnInterruptedThreadAndKeepsTheInterrupt() {
        RedisState state = RedisState.connect(redis.uri());
        state.checkpoints().save("telegram-1", "5");

        Thread.currentThread().interrupt();
        try {
            state.close();
            assertThat(Thread.currentThread().isInterrupted()).isTrue();
        } finally {
            Thread.interrupted();
        }
    }
}

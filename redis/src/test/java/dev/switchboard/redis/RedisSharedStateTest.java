package dev.switchboard.redis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.switchboard.core.PlatformId;
import dev.switchboard.core.spi.Lease;
import dev.switchboard.core.spi.PressClaims;
import io.lettuce.core.api.sync.RedisCommands;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The shared-state stores of RedisState: keys and TTLs as documented, fenced saves, two clients on one server. */
class RedisSharedStateTest {
    private static final Duration MINUTE = Duration.ofMinutes(1);

    @RegisterExtension
    static final LocalRedisExtension redis = new LocalRedisExtension();

    @Test
    void aFencedSaveIsRefusedForAStaleTenureAndAcceptedForTheCurrentOne() throws InterruptedException {
        RedisState state = redis.freshState();
        Lease stale = state.leases().tryAcquire("telegram-1", "a", Duration.ofMillis(100)).orElseThrow();
        assertThat(state.checkpoints().save("telegram-1", "10", stale)).isTrue();
        Thread.sleep(250);
        Lease current = state.leases().tryAcquire("telegram-1", "b", MINUTE).orElseThrow();

        assertThat(state.checkpoints().save("telegram-1", "11", stale)).isFalse();
        assertThat(state.checkpoints().load("telegram-1")).contains("10");
        assertThat(state.checkpoints().save("telegram-1", "12", current)).isTrue();
        assertThat(state.checkpoints().load("telegram-1")).contains("12");
    }

    @Test
    void aFencedSaveIsRefusedWhenTheLeaseIsGoneOrHeldUnderAnotherHolderWithTheSameToken() {
        RedisState state = redis.freshState();
        Lease lease = state.leases().tryAcquire("vk-group-1", "a", MINUTE).orElseThrow();

        assertThat(state.checkpoints().save("vk-group-1", "1", new Lease("vk-group-1", "b", lease.token()))).isFalse();
        assertThat(state.checkpoints().save("vk-group-1", "1", new Lease("vk-group-2", "a", lease.token()))).isFalse();
        state.leases().release(lease);
        assertThat(state.checkpoints().save("vk-group-1", "1", lease)).isFalse();
        assertThat(state.checkpoints().load("vk-group-1")).isEmpty();
    }

    @Test
    void twoClientsSeeOneAnothersClaimsLeasesAndTextButtons() {
        String namespace = RedisServer.freshNamespace();
        RedisState first = redis.state(namespace);
        RedisState second = redis.state(namespace);

        assertThat(first.pressClaims().claim(PlatformId.TELEGRAM, "q-1")).isTrue();
        assertThat(second.pressClaims().claim(PlatformId.TELEGRAM, "q-1")).isFalse();

        Lease held = first.leases().tryAcquire("telegram-1", "replica-1", MINUTE).orElseThrow();
        assertThat(second.leases().tryAcquire("telegram-1", "replica-2", MINUTE)).isEmpty();
        first.leases().release(held);
        assertThat(second.leases().tryAcquire("telegram-1", "replica-2", MINUTE).orElseThrow().token())
                .isGreaterThan(held.token());

        first.keyboards().rememberTextButtons(PlatformId.TELEGRAM, 70, Map.of("Tea", "pick:tea"), MINUTE);
        assertThat(second.keyboards().textButtonPayload(PlatformId.TELEGRAM, 70, "Tea")).contains("pick:tea");

        first.keyboards().rememberSent(PlatformId.VK, "2000000001/17", "state", MINUTE);
        assertThat(second.keyboards().sent(PlatformId.VK, "2000000001/17")).contains("state");

        assertThat(first.recentPresses().repeated(PlatformId.VK, "1/2", 7, "vote", MINUTE)).isFalse();
        assertThat(second.recentPresses().repeated(PlatformId.VK, "1/2", 7, "vote", MINUTE)).isTrue();
    }

    @Test
    void keepsEachStoreUnderItsDocumentedKeysWithItsTtl() {
        RedisCommands<String, String> raw = redis.raw();
        String namespace = RedisServer.freshNamespace();
        RedisState state = redis.state(namespace);

        state.pressClaims().claim(PlatformId.VK, "ev-1");
        state.recentPresses().repeated(PlatformId.TELEGRAM, "70/700", 7, "vote:yes", Duration.ofSeconds(2));
        state.recentPresses().repeated(PlatformId.TELEGRAM, "70/700", 8, "vote:yes", Duration.ofSeconds(20));
        state.recentPresses().repeated(PlatformId.TELEGRAM, "70/700", 9, "vote:no", Duration.ofSeconds(5));
        state.keyboards().rememberTextButtons(PlatformId.TELEGRAM, -100, Map.of("Tea", "pick:tea"), Duration.ofHours(6));
        state.keyboards().rememberSent(PlatformId.VK, "5/6", "s", Duration.ofMinutes(30));
        Lease lease = state.leases().tryAcquire("telegram-1", "a", Duration.ofSeconds(30)).orElseThrow();

        String ns = namespace + ":";
        assertThat(raw.keys(ns + "*")).containsExactlyInAnyOrder(ns + "claim:vk:ev-1", ns + "presses:telegram:70/700",
                ns + "buttons:telegram:-100", ns + "sent:vk:5/6", ns + "lease:telegram-1", ns + "lease-token");
        assertThat(raw.pttl(ns + "claim:vk:ev-1")).isCloseTo(PressClaims.DEFAULT_WINDOW.toMillis(), within(5_000L));
        assertThat(raw.pttl(ns + "presses:telegram:70/700")).as("the longest window").isBetween(19_000L, 20_000L);
        assertThat(raw.hkeys(ns + "presses:telegram:70/700")).containsExactlyInAnyOrder("7:vote:yes", "8:vote:yes",
                "9:vote:no");
        assertThat(raw.pttl(ns + "buttons:telegram:-100")).isCloseTo(Duration.ofHours(6).toMillis(), within(5_000L));
        assertThat(raw.hgetall(ns + "buttons:telegram:-100")).isEqualTo(Map.of("Tea", "pick:tea"));
        assertThat(raw.pttl(ns + "sent:vk:5/6")).isCloseTo(Duration.ofMinutes(30).toMillis(), within(5_000L));
        assertThat(raw.pttl(ns + "lease:telegram-1")).isBetween(29_000L, 30_000L);
        assertThat(raw.get(ns + "lease:telegram-1")).isEqualTo(lease.token() + ":a");
        assertThat(raw.pttl(ns + "lease-token")).as("one counter for all names, never expires").isEqualTo(-1L);
    }

    @Test
    void renewingALeaseResetsItsTtlAndAnEmptyKeyboardDeletesTheHash() {
        RedisCommands<String, String> raw = redis.raw();
        String namespace = RedisServer.freshNamespace();
        RedisState state = redis.state(namespace);
        Lease lease = state.leases().tryAcquire("vk-group-1", "a", Duration.ofSeconds(5)).orElseThrow();
        state.keyboards().rememberTextButtons(PlatformId.VK, 70, Map.of("Tea", "pick:tea"), MINUTE);

        assertThat(state.leases().renew(lease, Duration.ofSeconds(50))).isTrue();
        state.keyboards().rememberTextButtons(PlatformId.VK, 70, Map.of(), MINUTE);

        assertThat(raw.pttl(namespace + ":lease:vk-group-1")).isBetween(49_000L, 50_000L);
        assertThat(raw.exists(namespace + ":buttons:vk:70")).isZero();
    }

    @Test
    void aReplacedKeyboardLeavesThePressesItDoesNotOfferAndTheHashTtl() {
        RedisCommands<String, String> raw = redis.raw();
        String namespace = RedisServer.freshNamespace();
        RedisState state = redis.state(namespace);
        state.recentPresses().repeated(PlatformId.VK, "1/2", 7, "a:b", MINUTE);
        state.recentPresses().repeated(PlatformId.VK, "1/2", 7, "b", MINUTE);

        state.recentPresses().keyboardReplaced(PlatformId.VK, "1/2", Set.of("b"));

        assertThat(raw.hkeys(namespace + ":presses:vk:1/2")).containsExactly("7:a:b");
        assertThat(raw.pttl(namespace + ":presses:vk:1/2")).isBetween(59_000L, 60_000L);
    }

    @Test
    void scriptsAreLoadedAgainAfterTheServerForgetsThem() {
        RedisCommands<String, String> raw = redis.raw();
        RedisState state = redis.freshState();
        assertThat(state.recentPresses().repeated(PlatformId.VK, "1/2", 7, "x", MINUTE)).isFalse();

        raw.scriptFlush();

        assertThat(state.recentPresses().repeated(PlatformId.VK, "1/2", 7, "x", MINUTE)).isTrue();
    }
}

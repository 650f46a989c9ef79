package dev.switchboard.redis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.switchboard.core.PlatformId;
import dev.switchboard.core.spi.Lease;
import dev.switchboard.core.spi.RateLimit;
import dev.switchboard.core.spi.StateStoreException;
import dev.switchboard.testkit.LocalRedis;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;

/** When Redis is down, every call fails with a StateStoreException within the command timeout. */
class RedisDownTest {
    private static final Duration TIMEOUT = Duration.ofMillis(300);

    @Test
    void aStoppedRedisFailsEveryCallWithinTheCommandTimeoutAndIsUsedAgainWhenBack() throws InterruptedException {
        try (LocalRedis redis = LocalRedis.start();
                RedisState state = RedisState.builder(redis.uri()).namespace(RedisServer.freshNamespace())
                        .commandTimeout(TIMEOUT).build()) {
            state.checkpoints().save("telegram-1", "10");
            String token = state.payloads().put("payload");
            Lease lease = state.leases().tryAcquire("telegram-1", "a", Duration.ofMinutes(1)).orElseThrow();

            redis.kill();

            assertFailsQuickly(() -> state.checkpoints().load("telegram-1"), "load the checkpoint of telegram-1",
                    redis);
            assertFailsQuickly(() -> state.checkpoints().save("telegram-1", "11"), "save the checkpoint of telegram-1",
                    redis);
            assertFailsQuickly(() -> state.payloads().get(token), "resolve a payload token", redis);
            assertFailsQuickly(() -> state.payloads().put("p"), "store a payload", redis);
            assertFailsQuickly(() -> state.seenUpdates().firstSeen(PlatformId.TELEGRAM, "5"),
                    "mark telegram update 5 seen", redis);
            assertFailsQuickly(() -> state.seenUpdates().forget(PlatformId.TELEGRAM, "5"),
                    "forget telegram update 5", redis);
            assertFailsQuickly(() -> state.pressClaims().claim(PlatformId.VK, "ev-1"), "claim vk press ev-1", redis);
            assertFailsQuickly(() -> state.recentPresses().repeated(PlatformId.VK, "1/2", 7, "x", Duration.ofSeconds(2)),
                    "check a vk press on 1/2 for a repeat", redis);
            assertFailsQuickly(() -> state.recentPresses().keyboardReplaced(PlatformId.VK, "1/2", Set.of("x")),
                    "forget the vk presses on 1/2", redis);
            assertFailsQuickly(() -> state.keyboards().rememberTextButtons(PlatformId.TELEGRAM, 70, Map.of("A", "a"),
                    Duration.ofHours(1)), "remember the text buttons of telegram chat 70", redis);
            assertFailsQuickly(() -> state.keyboards().textButtonPayload(PlatformId.TELEGRAM, 70, "A"),
                    "look up a text button of telegram chat 70", redis);
            assertFailsQuickly(() -> state.keyboards().rememberSent(PlatformId.VK, "5/6", "s", Duration.ofHours(1)),
                    "remember sent vk message 5/6", redis);
            assertFailsQuickly(() -> state.keyboards().sent(PlatformId.VK, "5/6"), "look up sent vk message 5/6", redis);
            assertFailsQuickly(() -> state.leases().tryAcquire("telegram-1", "a", Duration.ofSeconds(5)),
                    "acquire lease telegram-1 for a", redis);
            assertFailsQuickly(() -> state.leases().renew(lease, Duration.ofSeconds(5)), "renew lease telegram-1 of a",
                    redis);
            assertFailsQuickly(() -> state.leases().release(lease), "release lease telegram-1 of a", redis);
            assertFailsQuickly(() -> state.checkpoints().save("telegram-1", "11", lease),
                    "save the checkpoint of telegram-1 under lease telegram-1", redis);
            assertFailsQuickly(() -> state.sendLimits().tryAcquire(List.of(new RateLimit("chat:1", 1,
                    Duration.ofSeconds(1), 1))), "take a send permit of chat:1", redis);
            assertFailsQuickly(() -> state.sendLimits().halt("chat:1", Duration.ofSeconds(1)),
                    "halt sends under chat:1", redis);

            redis.restart();

            assertThat(eventuallySaved(state)).contains("12");
        }
    }

    @Test
    void connectingToARedisThatIsNotThereFailsWithAStateStoreException() throws IOException {
        int port;
        try (ServerSocket probe = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            port = probe.getLocalPort();
        }
        String uri = "redis://127.0.0.1:" + port;
        long started = System.nanoTime();

        assertThatThrownBy(() -> RedisState.builder(uri).commandTimeout(TIMEOUT).build())
                .isInstanceOf(StateStoreException.class)
                .hasMessageStartingWith("RedisState[" + uri + ", namespace=switchboard] could not connect")
                .satisfies(e -> assertThat(((StateStoreException) e).operation()).isEqualTo("connect"));
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(3));
    }

    private static void assertFailsQuickly(ThrowingCallable call, String operation, LocalRedis redis) {
        long started = System.nanoTime();

        assertThatThrownBy(call).isInstanceOf(StateStoreException.class)
                .hasMessageContaining(redis.uri())
                .hasMessageContaining("could not " + operation)
                .satisfies(e -> assertThat(((StateStoreException) e).operation()).isEqualTo(operation));

        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(TIMEOUT.plusSeconds(1));
    }

    /** Saves until the client has reconnected, for up to 10 s; then loads. */
    private static Optional<String> eventuallySaved(RedisState state) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (true) {
            try {
                state.checkpoints().save("telegram-1", "12");
                return state.checkpoints().load("telegram-1");
            } catch (StateStoreException stillDown) {
                if (System.nanoTime() > deadline) {
                    throw stillDown;
                }
                Thread.sleep(50);
            }
        }
    }
}

package dev.switchboard.redis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.switchboard.core.PlatformId;
import dev.switchboard.core.spi.StateStoreException;
import dev.switchboard.testkit.LocalRedis;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.Optional;
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

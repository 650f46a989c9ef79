package dev.switchboard.redis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.switchboard.core.PlatformId;
import dev.switchboard.core.spi.StateStoreException;
import dev.switchboard.core.testing.TokenLeakCheck;
import dev.switchboard.testkit.LocalRedis;
import io.lettuce.core.RedisClient;
import io.lettuce.core.api.StatefulRedisConnection;
import java.time.Duration;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The Redis password never shows: not in toString, exception messages or causes, nor the console
 * (slf4j-simple logs there). The password is the secret part of {@link TokenLeakCheck#TOKEN}, so
 * the leak check catches it whole or in fragments of 8 characters.
 */
class RedisPasswordRedactionTest {
    private static final String PASSWORD = "TEST-TOKEN-must-not-leak";

    @RegisterExtension
    static final TokenLeakCheck LEAKS = new TokenLeakCheck();

    @RegisterExtension
    static final LocalRedisExtension redis = new LocalRedisExtension();

    @BeforeAll
    static void setAPassword() {
        RedisClient client = RedisClient.create(redis.uri());
        try (StatefulRedisConnection<String, String> connection = client.connect()) {
            connection.sync().configSet("requirepass", PASSWORD);
        } finally {
            client.shutdown(Duration.ZERO, Duration.ofSeconds(2));
        }
    }

    private static String uriWith(String password) {
        return "redis://:" + password + "@127.0.0.1:" + redis.port();
    }

    @Test
    void worksWithThePasswordAndShowsTheUriWithoutIt() {
        try (RedisState state = RedisState.builder(uriWith(PASSWORD)).namespace("redaction").build()) {
            state.checkpoints().save("telegram-1", "5");

            assertThat(state.checkpoints().load("telegram-1")).contains("5");
            assertThat(state).hasToString("RedisState[redis://:***@127.0.0.1:" + redis.port() + ", namespace=redaction]");
            assertThat(state.payloads().toString()).doesNotContain(PASSWORD);
            LEAKS.record(state);
            LEAKS.record(state.payloads());
            LEAKS.record(state.seenUpdates());
            LEAKS.record(state.checkpoints());
            LEAKS.record(state.pressClaims());
            LEAKS.record(state.recentPresses());
            LEAKS.record(state.keyboards());
            LEAKS.record(state.leases());
            LEAKS.record(state.sendLimits());
        }
    }

    @Test
    void aWrongPasswordFailsWithoutShowingIt() {
        String wrong = "WRONG-password-also-secret";

        Throwable thrown = LEAKS.thrown(() -> RedisState.builder(uriWith(wrong)).commandTimeout(Duration.ofSeconds(1))
                .build());

        assertThat(thrown).isInstanceOf(StateStoreException.class).hasMessageContaining("could not connect")
                .hasMessageContaining("redis://:***@127.0.0.1:" + redis.port());
        for (Throwable t = thrown; t != null; t = t.getCause()) {
            assertThat(t.toString()).doesNotContain(wrong);
        }
    }

    @Test
    void aFailureAfterRedisWentDownDoesNotShowThePassword() {
        try (LocalRedis own = LocalRedis.start()) {
            RedisClient client = RedisClient.create(own.uri());
            try (StatefulRedisConnection<String, String> connection = client.connect()) {
                connection.sync().configSet("requirepass", PASSWORD);
            } finally {
                client.shutdown(Duration.ZERO, Duration.ofSeconds(2));
            }
            try (RedisState state = RedisState.builder("redis://:" + PASSWORD + "@127.0.0.1:" + own.port())
                    .commandTimeout(Duration.ofMillis(300)).build()) {
                own.kill();

                Throwable thrown = LEAKS.thrown(() -> state.seenUpdates().firstSeen(PlatformId.VK, "1"));

                assertThat(thrown).isInstanceOf(StateStoreException.class).hasMessageNotContaining(PASSWORD)
                        .hasMessageContaining("redis://:***@127.0.0.1:" + own.port());
            }
        }
    }

    @Test
    void aMalformedUriWithAPasswordIsRejectedWithoutShowingIt() {
        assertThatThrownBy(() -> RedisState.builder("redis://:" + PASSWORD + "@bad host:6379"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageNotContaining(PASSWORD)
                .satisfies(LEAKS::record);
        assertThatThrownBy(() -> RedisState.builder("http://:" + PASSWORD + "@127.0.0.1:6379"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageNotContaining(PASSWORD)
                .satisfies(LEAKS::record);
    }
}

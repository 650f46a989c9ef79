package dev.switchboard.redis;

import static org.assertj.core.api.Assertions.assertThat;

import dev.switchboard.core.spi.Lease;
import dev.switchboard.core.spi.Leases;
import io.lettuce.core.ScriptOutputType;
import io.lettuce.core.SetArgs;
import io.lettuce.core.api.sync.RedisCommands;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The keys behind {@link RedisState#leases()}: no key per lease name outlives its lease, tokens only grow. */
class RedisLeaseTokensTest {
    private static final Duration TTL = Duration.ofSeconds(30);
    private static final Duration SHORT = Duration.ofMillis(100);
    private static final Path SCALING_GUIDE = Path.of("..", "docs", "scaling.md");

    @RegisterExtension
    static final LocalRedisExtension redis = new LocalRedisExtension();

    @Test
    void noKeyPerLeaseNameRemainsOnceItsLeasesAreReleasedOrLapsed() throws InterruptedException {
        String namespace = RedisServer.freshNamespace();
        Leases leases = redis.state(namespace).leases();

        for (int chat = 0; chat < 200; chat++) {
            leases.release(leases.tryAcquire("chat-telegram-" + chat, "a", TTL).orElseThrow());
        }
        for (int chat = 200; chat < 300; chat++) {
            leases.tryAcquire("chat-vk-" + chat, "a", SHORT).orElseThrow();
        }
        awaitLapse();

        assertThat(redis.raw().keys(namespace + ":*")).containsExactly(namespace + ":lease-token");
        assertThat(redis.raw().pttl(namespace + ":lease-token")).as("never expires").isEqualTo(-1L);
    }

    @Test
    void tokensOfOneNameStrictlyIncreaseAcrossAcquireReleaseAndLapse() throws InterruptedException {
        Leases leases = redis.freshState().leases();
        Map<String, List<Long>> tokens = new LinkedHashMap<>();

        for (int round = 0; round < 5; round++) {
            for (String name : List.of("telegram-1", "vk-group-1", "chat-vk-7")) {
                Lease released = leases.tryAcquire(name, "a", TTL).orElseThrow();
                leases.release(released);
                Lease lapsed = leases.tryAcquire(name, "b", SHORT).orElseThrow();
                tokens.computeIfAbsent(name, n -> new ArrayList<>()).addAll(List.of(released.token(), lapsed.token()));
            }
            awaitLapse();
        }

        assertThat(tokens).hasSize(3).allSatisfy((name, taken) -> assertThat(taken).hasSize(10).isSorted()
                .doesNotHaveDuplicates());
    }

    @Test
    void anUpgradeFoldsTheOldPerNameCounterInAndDeletesIt() {
        String namespace = RedisServer.freshNamespace();
        RedisCommands<String, String> raw = redis.raw();
        raw.set(namespace + ":lease-token:telegram-1", "1000");
        raw.set(namespace + ":lease-token:vk-group-1", "5");
        Leases leases = redis.state(namespace).leases();

        Lease first = leases.tryAcquire("telegram-1", "a", TTL).orElseThrow();
        Lease other = leases.tryAcquire("vk-group-1", "a", TTL).orElseThrow();

        assertThat(first.token()).isGreaterThan(1000L);
        assertThat(other.token()).as("a smaller old counter never lowers the shared one").isGreaterThan(first.token());
        assertThat(raw.exists(namespace + ":lease-token:telegram-1", namespace + ":lease-token:vk-group-1")).isZero();
        assertThat(raw.keys(namespace + ":lease-token*")).containsExactly(namespace + ":lease-token");
    }

    @Test
    void anOldCounterIsFoldedInEvenWhileItsLeaseIsHeldByAnOlderReplica() {
        String namespace = RedisServer.freshNamespace();
        RedisCommands<String, String> raw = redis.raw();
        raw.set(namespace + ":lease-token:telegram-1", "1000");
        raw.set(namespace + ":lease:telegram-1", "1000:old", SetArgs.Builder.px(TTL.toMillis()));
        Leases leases = redis.state(namespace).leases();

        assertThat(leases.tryAcquire("telegram-1", "a", TTL)).as("held by the older replica").isEmpty();
        assertThat(raw.exists(namespace + ":lease-token:telegram-1")).isZero();
        raw.del(namespace + ":lease:telegram-1");

        assertThat(leases.tryAcquire("telegram-1", "a", TTL).orElseThrow().token()).isGreaterThan(1000L);
    }

    @Test
    void theCleanupStepOfTheScalingGuideFoldsAnOldCounterInAndDeletesIt() throws IOException {
        String namespace = RedisServer.freshNamespace();
        RedisCommands<String, String> raw = redis.raw();
        Leases leases = redis.state(namespace).leases();
        long before = leases.tryAcquire("telegram-1", "a", TTL).orElseThrow().token();
        raw.set(namespace + ":lease-token:chat-vk-1", "1000");
        raw.set(namespace + ":lease-token:chat-vk-2", Long.toString(before - 1));

        for (String key : raw.keys(namespace + ":lease-token:*")) {
            raw.eval(cleanupScript(), ScriptOutputType.INTEGER, namespace + ":lease-token", key);
        }

        assertThat(raw.keys(namespace + ":lease-token*")).containsExactly(namespace + ":lease-token");
        assertThat(raw.get(namespace + ":lease-token")).isEqualTo("1000");
        assertThat(leases.tryAcquire("chat-vk-1", "a", TTL).orElseThrow().token()).isGreaterThan(1000L);
    }

    /** The script docs/scaling.md gives to {@code redis-cli EVAL}. */
    private static String cleanupScript() throws IOException {
        Matcher script = Pattern.compile("redis-cli EVAL \"([^\"]+)\" 2 ").matcher(Files.readString(SCALING_GUIDE));
        assertThat(script.find()).as("the cleanup step in %s", SCALING_GUIDE).isTrue();
        return script.group(1);
    }

    /** Waits out {@link #SHORT} leases: Redis expires keys on its own clock. */
    private static void awaitLapse() throws InterruptedException {
        Thread.sleep(SHORT.toMillis() * 3);
    }
}

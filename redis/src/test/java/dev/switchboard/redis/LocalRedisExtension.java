package dev.switchboard.redis;

import dev.switchboard.testkit.LocalRedis;
import io.lettuce.core.RedisClient;
import io.lettuce.core.api.StatefulRedisConnection;
import io.lettuce.core.api.sync.RedisCommands;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * One {@link LocalRedis} for a test class: started before all its tests, closed after all of them.
 * The RedisStates a test opens through it are closed after that test (after its own
 * {@code @AfterEach} methods), each test in namespaces of its own when it asks for fresh ones.
 *
 * <pre>{@code
 * @RegisterExtension
 * static final LocalRedisExtension redis = new LocalRedisExtension();
 * }</pre>
 */
public final class LocalRedisExtension implements BeforeAllCallback, AfterEachCallback, AfterAllCallback {
    private final List<RedisState> opened = new CopyOnWriteArrayList<>();
    private LocalRedis server;
    private Class<?> startedFor;
    private RedisClient rawClient;
    private StatefulRedisConnection<String, String> rawConnection;

    @Override
    public void beforeAll(ExtensionContext context) {
        if (server == null) {
            server = LocalRedis.start();
            startedFor = context.getRequiredTestClass();
        }
    }

    @Override
    public void afterEach(ExtensionContext context) {
        opened.forEach(RedisState::close);
        opened.clear();
    }

    @Override
    public void afterAll(ExtensionContext context) {
        if (context.getRequiredTestClass() != startedFor) {
            return; // a @Nested class: the class that started the server closes it
        }
        if (rawConnection != null) {
            rawConnection.close();
            rawClient.shutdown(Duration.ZERO, Duration.ofSeconds(2));
            rawConnection = null;
            rawClient = null;
        }
        if (server != null) {
            server.close();
            server = null;
            startedFor = null;
        }
    }

    /** The server, {@code redis://127.0.0.1:<port>}. */
    public String uri() {
        return server().uri();
    }

    /** The server's loopback port. */
    public int port() {
        return server().port();
    }

    /** A new RedisState in a namespace no other test uses, closed after this test. */
    public RedisState freshState() {
        return state(RedisServer.freshNamespace());
    }

    /** A new RedisState (a connection of its own) in {@code namespace}, closed after this test. */
    public RedisState state(String namespace) {
        return open(RedisState.builder(uri()).namespace(namespace));
    }

    /** Builds {@code builder}'s RedisState, closed after this test. */
    public RedisState open(RedisState.Builder builder) {
        RedisState state = builder.build();
        opened.add(state);
        return state;
    }

    /** Plain commands on the server, to look at the keys as they are; closed after all tests. */
    public synchronized RedisCommands<String, String> raw() {
        if (rawConnection == null) {
            rawClient = RedisClient.create(uri());
            rawConnection = rawClient.connect();
        }
        return rawConnection.sync();
    }

    private LocalRedis server() {
        if (server == null) {
            throw new IllegalStateException("no LocalRedis: register LocalRedisExtension in a static field");
        }
        return server;
    }
}

package dev.switchboard.redis;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import dev.switchboard.core.PlatformId;
import dev.switchboard.core.payload.PayloadStore;
import dev.switchboard.core.spi.CheckpointStore;
import dev.switchboard.core.spi.KeyboardMemory;
import dev.switchboard.core.spi.Lease;
import dev.switchboard.core.spi.Leases;
import dev.switchboard.core.spi.PressClaims;
import dev.switchboard.core.spi.RecentPresses;
import dev.switchboard.core.spi.SeenUpdates;
import dev.switchboard.core.spi.SendLimits;
import dev.switchboard.core.spi.SharedState;
import dev.switchboard.core.spi.StateStoreException;
import io.lettuce.core.ClientOptions;
import io.lettuce.core.RedisClient;
import io.lettuce.core.RedisException;
import io.lettuce.core.RedisURI;
import io.lettuce.core.SocketOptions;
import io.lettuce.core.TimeoutOptions;
import io.lettuce.core.api.StatefulRedisConnection;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Bot state in Redis, so several replicas of a bot share it and a restart keeps it: every part of
 * {@link SharedState} (the {@linkplain #payloads() payload store}, the {@linkplain #seenUpdates()
 * seen updates}, the update sources' {@linkplain #checkpoints() checkpoints}, the
 * {@linkplain #pressClaims() press claims}, the {@linkplain #recentPresses() recent presses}, the
 * {@linkplain #keyboards() keyboard memory} and the poller {@linkplain #leases() leases}), plus
 * the shared {@linkplain #sendLimits() send limits}.
 *
 * <pre>{@code
 * try (RedisState redis = RedisState.builder("redis://:password@redis.internal:6379").namespace("shop-bot").build()) {
 *     Bot bot = Bot.builder().platform(telegram).sharedState(redis).build();
 *     // ...
 * }
 * }</pre>
 *
 * <p>Keys, all under the namespace ({@code switchboard} unless {@link Builder#namespace} sets
 * another); the last part of each key is taken as given:
 * <ul>
 *   <li>{@code <ns>:payload:<token>} — string, a stored payload, kept {@link Builder#payloadTtl} (48
 *       hours by default, as the in-memory store) after it was stored, pressed or not. Tokens are
 *       {@link PayloadStore#newToken()}'s: {@code ~s:} and 12 random URL-safe characters.
 *   <li>{@code <ns>:seen:<platform>:<update id>} — string {@code 1}, kept for the platform's window
 *       ({@link Builder#seenWindow}): 24 hours for Telegram, which keeps undelivered updates that
 *       long; 1 hour for VK and for any other platform.
 *   <li>{@code <ns>:checkpoint:<source>} — string, a source's position, without expiry. A
 *       {@linkplain CheckpointStore#save(String, String, Lease) fenced save} writes it only while
 *       the fence's lease key holds the fence's token and holder.
 *   <li>{@code <ns>:claim:<platform>:<press id>} — string {@code 1}, kept
 *       {@link PressClaims#DEFAULT_WINDOW} (10 minutes).
 *   <li>{@code <ns>:presses:<platform>:<message>} — hash, field {@code <user id>:<payload>}, value
 *       the end of that press's duplicate window in milliseconds of Redis {@code TIME}; the hash
 *       is kept until its longest window ends (2 s by default).
 *   <li>{@code <ns>:buttons:<platform>:<chat id>} — hash, label to payload of the last standard
 *       keyboard sent to the chat, replaced whole, kept for the age the runtime gives.
 *   <li>{@code <ns>:sent:<platform>:<message>} — string, an adapter's state of a sent message, kept
 *       for the age the adapter gives.
 *   <li>{@code <ns>:lease:<name>} — string {@code <token>:<holder>}, kept for the lease's time to
 *       live and extended by each renewal.
 *   <li>{@code <ns>:lease-token} — integer, the last fencing token handed out for any lease name
 *       of the namespace, one key without expiry (deleting it would let a token repeat). Earlier
 *       versions kept a counter per name, {@code <ns>:lease-token:<name>}, without expiry: the
 *       first acquire of a name folds that key into {@code <ns>:lease-token} and deletes it.
 *   <li>{@code <ns>:rate:<key>} — integer, a send limit's theoretical arrival time in microseconds
 *       of Redis {@code TIME}, kept until that time (at most one interval plus the burst
 *       tolerance).
 *   <li>{@code <ns>:halt:<key>} — integer, the end of a halt in microseconds of Redis
 *       {@code TIME}, kept until then.
 * </ul>
 * Times compared across replicas come from Redis {@code TIME}, so replicas' clocks need not agree.
 * Every call is one round trip; the checks that must be atomic (recent presses, replacing text
 * buttons, leases, fenced saves, send limits) are Lua scripts, sent by SHA after their first use.
 *
 * <p>When Redis is down or slow, every call fails within the {@linkplain Builder#commandTimeout
 * command timeout} (2 s by default) with a {@link StateStoreException} that names the operation
 * and the Redis address without its password; nothing is answered from a local guess, so the
 * runtime decides (an update is not taken, a press not claimed, a lease not renewed and so given
 * up). The client reconnects by itself when Redis is back. A {@linkplain PayloadStore#get token}
 * that is unknown, expired or forged resolves to empty. The password never appears in a message,
 * a log line or {@link #toString()}.
 *
 * <p>One connection, shared by all the stores, which are thread-safe. {@link #close()} closes it
 * and the client; the stores fail after that.
 */
public final class RedisState implements SharedState, AutoCloseable {
    /** The namespace unless another is set. */
    public static final String DEFAULT_NAMESPACE = "switchboard";
    /** How long a payload is kept unless another TTL is set: 48 hours, as the in-memory store. */
    public static final Duration DEFAULT_PAYLOAD_TTL = Duration.ofHours(48);
    /** How long a command may take unless another timeout is set: 2 seconds. */
    public static final Duration DEFAULT_COMMAND_TIMEOUT = Duration.ofSeconds(2);
    /** How many commands may wait for a reconnect; more fail at once instead of piling up. */
    private static final int REQUEST_QUEUE_SIZE = 10_000;
    private static final Logger LOG = LoggerFactory.getLogger(RedisState.class);

    private final RedisAddress address;
    private final RedisKeys keys;
    private final String description;
    private final RedisClient client;
    private final StatefulRedisConnection<String, String> connection;
    private final RedisPayloadStore payloads;
    private final RedisSeenUpdates seenUpdates;
    private final RedisCheckpointStore checkpoints;
    private final RedisPressClaims pressClaims;
    private final RedisRecentPresses recentPresses;
    private final RedisKeyboardMemory keyboards;
    private final RedisLeases leases;
    private final RedisSendLimits sendLimits;
    private final AtomicBoolean closed = new AtomicBoolean();

    private RedisState(Builder builder) {
        this.address = builder.address;
        this.keys = new RedisKeys(builder.namespace);
        this.description = "RedisState[" + address.redacted() + ", namespace=" + keys.namespace() + "]";
        this.client = RedisClient.create(RedisURI.create(address.uri()));
        client.setOptions(ClientOptions.builder()
                .autoReconnect(true)
                .requestQueueSize(REQUEST_QUEUE_SIZE)
                .timeoutOptions(TimeoutOptions.enabled(builder.commandTimeout))
                .socketOptions(SocketOptions.builder().connectTimeout(builder.commandTimeout).build())
                .build());
        try {
            this.connection = client.connect();
        } catch (RedisException e) {
            client.shutdown(Duration.ZERO, builder.commandTimeout);
            throw RedisCalls.failure(address, description, "connect", e);
        }
        connection.setTimeout(builder.commandTimeout);
        RedisCalls calls = new RedisCalls(connection.sync(), address, description);
        this.payloads = new RedisPayloadStore(calls, keys, builder.payloadTtl, description);
        this.seenUpdates = new RedisSeenUpdates(calls, keys, builder.seenWindows, description);
        this.checkpoints = new RedisCheckpointStore(calls, keys, description);
        this.pressClaims = new RedisPressClaims(calls, keys, description);
        this.recentPresses = new RedisRecentPresses(calls, keys, description);
        this.keyboards = new RedisKeyboardMemory(calls, keys, description);
        this.leases = new RedisLeases(calls, keys, description);
        this.sendLimits = new RedisSendLimits(calls, keys, description);
        LOG.info("connected to Redis at {}, namespace {}", address.redacted(), keys.namespace());
    }

    /**
     * Connects to {@code uri} ({@code redis://[[user]:password@]host[:port][/database]}, or
     * {@code rediss://} for TLS) with every default.
     *
     * @throws StateStoreException if Redis cannot be reached
     */
    public static RedisState connect(String uri) {
        return builder(uri).build();
    }

    /** A builder for a connection to {@code uri}, to change the namespace, windows, TTL or timeout. */
    public static Builder builder(String uri) {
        return new Builder(RedisAddress.parse(uri));
    }

    /** The payload store: {@code <ns>:payload:<token>} keys, each kept for the payload TTL. */
    @Override
    public PayloadStore payloads() {
        return payloads;
    }

    /** The seen updates: {@code <ns>:seen:<platform>:<id>} keys, each kept for its platform's window. */
    @Override
    public SeenUpdates seenUpdates() {
        return seenUpdates;
    }

    /**
     * The checkpoints: {@code <ns>:checkpoint:<source>} keys, without expiry; a fenced save checks
     * the fence against {@link #leases()} atomically.
     */
    @Override
    public CheckpointStore checkpoints() {
        return checkpoints;
    }

    /** The press claims: {@code <ns>:claim:<platform>:<press id>} keys, {@code SET NX}, each kept 10 minutes. */
    @Override
    public PressClaims pressClaims() {
        return pressClaims;
    }

    /** The recent presses: a {@code <ns>:presses:<platform>:<message>} hash per message, kept for its windows. */
    @Override
    public RecentPresses recentPresses() {
        return recentPresses;
    }

    /**
     * The keyboard memory: a {@code <ns>:buttons:<platform>:<chat id>} hash per chat and a
     * {@code <ns>:sent:<platform>:<message>} string per sent message, each kept for the age given.
     */
    @Override
    public KeyboardMemory keyboards() {
        return keyboards;
    }

    /**
     * The leases: {@code <ns>:lease:<name>} holding {@code <token>:<holder>} for the time to live,
     * tokens from the one counter {@code <ns>:lease-token}.
     */
    @Override
    public Leases leases() {
        return leases;
    }

    /**
     * The send limits shared by every replica: {@code <ns>:rate:<key>} and {@code <ns>:halt:<key>}
     * keys, each kept until the time it holds passes.
     */
    @Override
    public SendLimits sendLimits() {
        return sendLimits;
    }

    /** The namespace every key starts with, before a colon. */
    public String namespace() {
        return keys.namespace();
    }

    /** Closes the connection and the client; idempotent. */
    @Override
    public void close() {
        if (!closed.compareAndSet(false, true)) {
            return;
        }
        // A thread interrupted on its way out (a bot stopped by an interrupt) still closes cleanly;
        // the interrupt is kept for its caller.
        boolean interrupted = Thread.interrupted();
        try {
            connection.close();
            client.shutdown(Duration.ZERO, DEFAULT_COMMAND_TIMEOUT);
        } catch (RedisException e) {
            LOG.warn("closing the connection to {} failed: {}", address.redacted(), e.getMessage());
        } finally {
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
        }
    }

    /** The Redis address without its password, and the namespace. */
    @Override
    public String toString() {
        return description;
    }

    /** Settings of a {@link RedisState}; not thread-safe, {@link #build()} connects. */
    public static final class Builder {
        private final RedisAddress address;
        private String namespace = DEFAULT_NAMESPACE;
        private final Map<PlatformId, Duration> seenWindows = new LinkedHashMap<>();
        private Duration payloadTtl = DEFAULT_PAYLOAD_TTL;
        private Duration commandTimeout = DEFAULT_COMMAND_TIMEOUT;

        private Builder(RedisAddress address) {
            this.address = address;
            seenWindows.put(PlatformId.TELEGRAM, Duration.ofHours(24));
            seenWindows.put(PlatformId.VK, Duration.ofHours(1));
        }

        /** The start of every key, {@code switchboard} by default: 1–50 of {@code A-Z a-z 0-9 . _ -}. */
        public Builder namespace(String namespace) {
            this.namespace = new RedisKeys(namespace).namespace();
            return this;
        }

        /** How long an update of {@code platform} is remembered (Telegram 24 h, VK and others 1 h by default). */
        public Builder seenWindow(PlatformId platform, Duration window) {
            seenWindows.put(checkNotNull(platform, "platform"), positive(window, "window"));
            return this;
        }

        /** How long a payload is kept after it was stored, 48 hours by default. */
        public Builder payloadTtl(Duration ttl) {
            this.payloadTtl = positive(ttl, "ttl");
            return this;
        }

        /** How long one command (or the first connect) may take before it fails, 2 seconds by default. */
        public Builder commandTimeout(Duration timeout) {
            this.commandTimeout = positive(timeout, "timeout");
            return this;
        }

        /**
         * Connects and returns the state.
         *
         * @throws StateStoreException if Redis cannot be reached
         */
        public RedisState build() {
            return new RedisState(this);
        }

        private static Duration positive(Duration duration, String name) {
            checkNotNull(duration, name);
            checkArgument(duration.toMillis() >= 1, "%s must be at least 1 ms: %s", name, duration);
            return duration;
        }
    }
}

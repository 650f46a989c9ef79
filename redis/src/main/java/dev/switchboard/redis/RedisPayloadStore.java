package dev.switchboard.redis;

import static com.google.common.base.Preconditions.checkNotNull;

import dev.switchboard.core.payload.PayloadStore;
import io.lettuce.core.SetArgs;
import java.time.Duration;
import java.util.Optional;
import java.util.regex.Pattern;

/** {@link RedisState#payloads()}: one string key per token, {@code SET NX PX ttl}. */
final class RedisPayloadStore implements PayloadStore {
    /** What {@link PayloadStore#newToken()} makes; anything else is unknown without asking Redis. */
    private static final Pattern TOKEN = Pattern.compile("~s:[A-Za-z0-9_-]{12}");

    private final RedisCalls redis;
    private final RedisKeys keys;
    private final Duration ttl;
    private final String description;

    RedisPayloadStore(RedisCalls redis, RedisKeys keys, Duration ttl, String description) {
        this.redis = redis;
        this.keys = keys;
        this.ttl = ttl;
        this.description = description;
    }

    @Override
    public String put(String payload) {
        checkNotNull(payload, "payload");
        SetArgs newKeyWithTtl = SetArgs.Builder.nx().px(ttl);
        while (true) {
            String token = PayloadStore.newToken();
            // 72 random bits make a clash practically impossible; NX makes it harmless anyway.
            if ("OK".equals(redis.call("store a payload", c -> c.set(keys.payload(token), payload, newKeyWithTtl)))) {
                return token;
            }
        }
    }

    @Override
    public Optional<String> get(String token) {
        checkNotNull(token, "token");
        if (!TOKEN.matcher(token).matches()) {
            return Optional.empty();
        }
        return Optional.ofNullable(redis.call("resolve a payload token", c -> c.get(keys.payload(token))));
    }

    @Override
    public String toString() {
        return description + ".payloads(ttl=" + ttl + ")";
    }
}

package dev.switchboard.redis;

import static com.google.common.base.Preconditions.checkNotNull;

import dev.switchboard.core.PlatformId;
import dev.switchboard.core.spi.PressClaims;
import io.lettuce.core.SetArgs;

/** {@link RedisState#pressClaims()}: one key per press, {@code SET 1 NX PX window}; one round trip a claim. */
final class RedisPressClaims implements PressClaims {
    private final RedisCalls redis;
    private final RedisKeys keys;
    private final String description;

    RedisPressClaims(RedisCalls redis, RedisKeys keys, String description) {
        this.redis = redis;
        this.keys = keys;
        this.description = description;
    }

    @Override
    public boolean claim(PlatformId platform, String pressId) {
        String key = keys.claim(checkNotNull(platform, "platform"), checkNotNull(pressId, "pressId"));
        SetArgs claimForWindow = SetArgs.Builder.nx().px(DEFAULT_WINDOW);
        return "OK".equals(redis.call("claim " + platform + " press " + pressId, c -> c.set(key, "1", claimForWindow)));
    }

    @Override
    public String toString() {
        return description + ".pressClaims()";
    }
}

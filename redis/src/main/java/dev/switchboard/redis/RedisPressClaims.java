package dev.switchboard.redis;

import static com.google.common.base.Preconditions.checkNotNull;

import dev.switchboard.core.PlatformId;
import dev.switchboard.core.spi.PressClaims;
import io.lettuce.core.ScriptOutputType;
import io.lettuce.core.SetArgs;

/**
 * {@link RedisState#pressClaims()}: one key per press holding its claimer, {@code SET <replica> NX PX
 * window}; one round trip a claim, and one Lua script a take-over.
 */
final class RedisPressClaims implements PressClaims {
    /** KEYS[1] the claim; ARGV[1] the dead claimer, ARGV[2] the adopter, ARGV[3] the window in ms. */
    private static final RedisScript TAKE_OVER = RedisScript.of("""
            if redis.call('GET', KEYS[1]) == ARGV[1] then
                redis.call('SET', KEYS[1], ARGV[2], 'PX', ARGV[3])
                return 1
            end
            return 0
            """);
    private static final String ANONYMOUS = "1";

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
        return claim(platform, pressId, ANONYMOUS);
    }

    @Override
    public boolean claim(PlatformId platform, String pressId, String replica) {
        String key = keys.claim(checkNotNull(platform, "platform"), checkNotNull(pressId, "pressId"));
        checkNotNull(replica, "replica");
        SetArgs claimForWindow = SetArgs.Builder.nx().px(DEFAULT_WINDOW);
        return "OK".equals(redis.call("claim " + platform + " press " + pressId,
                c -> c.set(key, replica, claimForWindow)));
    }

    @Override
    public boolean takeOver(PlatformId platform, String pressId, String from, String to) {
        String key = keys.claim(checkNotNull(platform, "platform"), checkNotNull(pressId, "pressId"));
        Long moved = redis.eval("take over the claim of " + platform + " press " + pressId, TAKE_OVER,
                ScriptOutputType.INTEGER, new String[] {key}, checkNotNull(from, "from"), checkNotNull(to, "to"),
                Long.toString(DEFAULT_WINDOW.toMillis()));
        return moved != null && moved == 1L;
    }

    @Override
    public String toString() {
        return description + ".pressClaims()";
    }
}

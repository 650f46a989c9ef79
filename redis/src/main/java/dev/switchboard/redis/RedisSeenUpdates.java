package dev.switchboard.redis;

import static com.google.common.base.Preconditions.checkNotNull;

import dev.switchboard.core.PlatformId;
import dev.switchboard.core.spi.SeenUpdates;
import io.lettuce.core.SetArgs;
import java.time.Duration;
import java.util.Map;

/** {@link RedisState#seenUpdates()}: one key per update, {@code SET 1 NX PX window}; forget is DEL. */
final class RedisSeenUpdates implements SeenUpdates {
    private final RedisCalls redis;
    private final RedisKeys keys;
    private final Map<PlatformId, Duration> windows;
    private final String description;

    RedisSeenUpdates(RedisCalls redis, RedisKeys keys, Map<PlatformId, Duration> windows, String description) {
        this.redis = redis;
        this.keys = keys;
        this.windows = Map.copyOf(windows);
        this.description = description;
    }

    @Override
    public boolean firstSeen(PlatformId platform, String updateId) {
        String key = keys.seen(checkNotNull(platform, "platform"), checkNotNull(updateId, "updateId"));
        SetArgs markForWindow = SetArgs.Builder.nx().px(window(platform));
        return "OK".equals(redis.call("mark " + platform + " update " + updateId + " seen",
                c -> c.set(key, "1", markForWindow)));
    }

    @Override
    public void forget(PlatformId platform, String updateId) {
        String key = keys.seen(checkNotNull(platform, "platform"), checkNotNull(updateId, "updateId"));
        redis.call("forget " + platform + " update " + updateId, c -> c.del(key));
    }

    /** The window of {@code platform}; {@link SeenUpdates#DEFAULT_WINDOW} for one not configured. */
    Duration window(PlatformId platform) {
        return windows.getOrDefault(platform, DEFAULT_WINDOW);
    }

    @Override
    public String toString() {
        return description + ".seenUpdates(" + windows + ")";
    }
}

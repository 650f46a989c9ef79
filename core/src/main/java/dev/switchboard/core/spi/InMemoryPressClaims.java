package dev.switchboard.core.spi;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.cache.Cache;
import com.google.common.cache.CacheBuilder;
import dev.switchboard.core.PlatformId;
import java.time.Duration;

/** Press claims in a bounded, expiring Guava cache keyed by {@code platform/press id}. */
final class InMemoryPressClaims implements PressClaims {
    private final Cache<String, Boolean> claimed;

    InMemoryPressClaims(Duration window, int capacity) {
        this.claimed = CacheBuilder.newBuilder().maximumSize(capacity).expireAfterWrite(window).build();
    }

    @Override
    public boolean claim(PlatformId platform, String pressId) {
        String key = checkNotNull(platform, "platform").value() + "/" + checkNotNull(pressId, "pressId");
        return claimed.asMap().putIfAbsent(key, Boolean.TRUE) == null;
    }

    @Override
    public String toString() {
        return "PressClaims.inMemory()";
    }
}

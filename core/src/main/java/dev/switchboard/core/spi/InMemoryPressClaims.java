package dev.switchboard.core.spi;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.cache.Cache;
import com.google.common.cache.CacheBuilder;
import dev.switchboard.core.PlatformId;
import java.time.Duration;

/** Press claims in a bounded, expiring Guava cache keyed by {@code platform/press id}. */
final class InMemoryPressClaims implements PressClaims {
    private static final String ANONYMOUS = "";
    private final Cache<String, String> claimed;

    InMemoryPressClaims(Duration window, int capacity) {
        this.claimed = CacheBuilder.newBuilder().maximumSize(capacity).expireAfterWrite(window).build();
    }

    @Override
    public boolean claim(PlatformId platform, String pressId) {
        return claim(platform, pressId, ANONYMOUS);
    }

    @Override
    public boolean claim(PlatformId platform, String pressId, String replica) {
        return claimed.asMap().putIfAbsent(key(platform, pressId), checkNotNull(replica, "replica")) == null;
    }

    @Override
    public boolean takeOver(PlatformId platform, String pressId, String from, String to) {
        checkNotNull(from, "from");
        return claimed.asMap().replace(key(platform, pressId), from, checkNotNull(to, "to"));
    }

    private static String key(PlatformId platform, String pressId) {
        return checkNotNull(platform, "platform").value() + "/" + checkNotNull(pressId, "pressId");
    }

    @Override
    public String toString() {
        return "PressClaims.inMemory()";
    }
}

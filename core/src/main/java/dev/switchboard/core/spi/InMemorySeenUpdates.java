package dev.switchboard.core.spi;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.base.Ticker;
import com.google.common.cache.Cache;
import com.google.common.cache.CacheBuilder;
import dev.switchboard.core.PlatformId;
import java.time.Duration;

/** Seen update ids in a bounded, expiring Guava cache keyed by {@code platform/id}. */
final class InMemorySeenUpdates implements SeenUpdates {
    private final Cache<String, Boolean> seen;
    private final Duration window;
    private final int capacity;

    InMemorySeenUpdates(Duration window, int capacity) {
        this(window, capacity, Ticker.systemTicker());
    }

    InMemorySeenUpdates(Duration window, int capacity, Ticker ticker) {
        checkNotNull(window, "window");
        checkArgument(!window.isNegative() && !window.isZero(), "window must be positive: %s", window);
        checkArgument(capacity > 0, "capacity must be positive: %s", capacity);
        this.window = window;
        this.capacity = capacity;
        this.seen = CacheBuilder.newBuilder().ticker(ticker).maximumSize(capacity).expireAfterWrite(window).build();
    }

    @Override
    public boolean firstSeen(PlatformId platform, String updateId) {
        return seen.asMap().putIfAbsent(key(platform, updateId), Boolean.TRUE) == null;
    }

    @Override
    public void forget(PlatformId platform, String updateId) {
        seen.invalidate(key(platform, updateId));
    }

    private static String key(PlatformId platform, String updateId) {
        return checkNotNull(platform, "platform").value() + "/" + checkNotNull(updateId, "updateId");
    }

    @Override
    public String toString() {
        return "SeenUpdates.inMemory(" + window + ", " + capacity + ")";
    }
}

package dev.switchboard.core.spi;

import com.google.common.base.Ticker;
import dev.switchboard.core.PlatformId;
import java.time.Duration;

/** Seen update ids in {@link RememberedIds}: a fingerprint per update, no object per update. */
final class InMemorySeenUpdates implements SeenUpdates {
    private static final int SEEN = 0;
    private final RememberedIds seen;
    private final Duration window;
    private final int capacity;

    InMemorySeenUpdates(Duration window, int capacity) {
        this(window, capacity, Ticker.systemTicker());
    }

    InMemorySeenUpdates(Duration window, int capacity, Ticker ticker) {
        this.seen = RememberedIds.create(window, capacity, ticker);
        this.window = window;
        this.capacity = capacity;
    }

    @Override
    public boolean firstSeen(PlatformId platform, String updateId) {
        return seen.add(platform, updateId, SEEN);
    }

    @Override
    public void forget(PlatformId platform, String updateId) {
        seen.forget(platform, updateId);
    }

    @Override
    public String toString() {
        return "SeenUpdates.inMemory(" + window + ", " + capacity + ")";
    }
}

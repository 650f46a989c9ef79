package dev.switchboard.core.spi;

import dev.switchboard.core.PlatformId;
import java.time.Duration;

/**
 * Which updates the runtime has already taken, by platform id (Telegram {@code update_id}, VK
 * {@code event_id}). An update delivered again — after a restart whose position was not saved yet,
 * a webhook retried by the platform, a VK batch cut short — is recognised and not handled twice.
 * Remembers each id for a bounded window; implementations are thread-safe.
 */
public interface SeenUpdates {
    /** How long the in-memory store remembers an update by default: one hour. */
    Duration DEFAULT_WINDOW = Duration.ofHours(1);
    /** How many updates the in-memory store remembers at most by default. */
    int DEFAULT_CAPACITY = 100_000;

    /**
     * Marks update {@code updateId} of {@code platform} as taken; true when it was not marked within
     * the window (handle it), false when it was (a repeat).
     *
     * @throws StateStoreException if the store cannot be reached
     */
    boolean firstSeen(PlatformId platform, String updateId);

    /**
     * Unmarks an update marked by {@link #firstSeen} that was not taken after all (the bot stopped
     * before it could run), so its next delivery is handled.
     *
     * @throws StateStoreException if the store cannot be reached
     */
    void forget(PlatformId platform, String updateId);

    /**
     * In memory, for {@code window} and up to {@code capacity} updates (the oldest forgotten first):
     * about 200 bytes per remembered update, the cache's bookkeeping included.
     */
    static SeenUpdates inMemory(Duration window, int capacity) {
        return new InMemorySeenUpdates(window, capacity);
    }

    /** In memory, for {@link #DEFAULT_WINDOW} and up to {@link #DEFAULT_CAPACITY} updates. */
    static SeenUpdates inMemory() {
        return inMemory(DEFAULT_WINDOW, DEFAULT_CAPACITY);
    }
}

package dev.switchboard.core.spi;

import dev.switchboard.core.PlatformId;
import java.time.Duration;
import java.util.List;

/**
 * Which updates the runtime has already taken, by platform id (Telegram {@code update_id}, VK
 * {@code event_id}). An update delivered again — after a restart whose position was not saved yet,
 * a webhook retried by the platform, a VK batch cut short — is recognised and not handled twice.
 * Remembers each id for a bounded window; implementations are thread-safe.
 *
 * <p>A store shared by replicas also keeps each update a replica <em>took</em> until that replica
 * {@linkplain #finished finished} it ({@link #take}), and notes which replicas are alive
 * ({@link #heartbeat}): when a replica dies with updates taken but not handled (already confirmed
 * to the platform, so never delivered again), another replica {@linkplain #adoptOrphans adopts}
 * and handles them. The in-memory store keeps nothing of the kind, since a process's death takes
 * its memory along; its default methods do nothing.
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
     * Marks update {@code updateId} as taken by replica {@code replica} and, in a store shared by
     * replicas, keeps {@code rawJson} until {@link #finished}, in one step; true when the update
     * was not marked within the window (handle it). The default only marks it ({@link #firstSeen}).
     *
     * @throws StateStoreException if the store cannot be reached
     */
    default boolean take(PlatformId platform, String updateId, String replica, String rawJson) {
        return firstSeen(platform, updateId);
    }

    /**
     * Replica {@code replica} finished update {@code updateId}: handled (or failed in its handler),
     * or not handed to a handler at all; what {@link #take} kept of it is dropped. The seen mark
     * stays. The default does nothing.
     *
     * @throws StateStoreException if the store cannot be reached
     */
    default void finished(PlatformId platform, String updateId, String replica) {
    }

    /**
     * Notes that replica {@code replica} is alive for the next {@code ttl}; a replica that stops
     * beating for longer is taken for dead, and its taken updates for orphans. The default does
     * nothing.
     *
     * @throws StateStoreException if the store cannot be reached
     */
    default void heartbeat(String replica, Duration ttl) {
    }

    /**
     * Moves to replica {@code replica} the updates taken and not finished by replicas that are no
     * longer alive, and returns them to be handled; with {@code includeOwn}, also what
     * {@code replica} itself kept in an earlier life (a replica restarted under the same name).
     * Each orphan goes to exactly one adopter. The default adopts nothing.
     *
     * @throws StateStoreException if the store cannot be reached
     */
    default List<TakenUpdate> adoptOrphans(String replica, boolean includeOwn) {
        return List.of();
    }

    /**
     * In memory, for {@code window} and up to {@code capacity} updates (the oldest forgotten first):
     * about 55 bytes per remembered update, in primitive arrays with no object per update
     * ({@link RememberedIds}).
     */
    static SeenUpdates inMemory(Duration window, int capacity) {
        return new InMemorySeenUpdates(window, capacity);
    }

    /** In memory, for {@link #DEFAULT_WINDOW} and up to {@link #DEFAULT_CAPACITY} updates. */
    static SeenUpdates inMemory() {
        return inMemory(DEFAULT_WINDOW, DEFAULT_CAPACITY);
    }
}

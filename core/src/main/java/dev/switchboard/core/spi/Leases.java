package dev.switchboard.core.spi;

import java.time.Duration;
import java.util.Optional;

/**
 * Named leases with a time to live, so that exactly one replica of a bot does what only one may
 * do at a time: long-poll a Telegram token ({@code getUpdates} answers 409 to a second poller) or
 * a VK community's Bots Long Poll. The holder renews its lease well within the time to live; when
 * it dies, the lease lapses and another replica takes it over, with a higher fencing token.
 * Implementations are thread-safe.
 */
public interface Leases {
    /**
     * Takes lease {@code name} for {@code holder} for {@code ttl} if nobody holds it; empty when
     * someone else does.
     *
     * @throws StateStoreException if the store cannot be reached
     */
    Optional<Lease> tryAcquire(String name, String holder, Duration ttl);

    /**
     * Extends {@code lease} by {@code ttl} from now if it is still held by its holder with its
     * token; false when it lapsed or was taken over (the holder must stop at once).
     *
     * @throws StateStoreException if the store cannot be reached
     */
    boolean renew(Lease lease, Duration ttl);

    /**
     * Gives {@code lease} up, if it is still held with its token, so another replica takes over at
     * once rather than after the time to live.
     *
     * @throws StateStoreException if the store cannot be reached
     */
    void release(Lease lease);

    /** Leases within this process: for one replica, or replicas in one JVM (tests). */
    static Leases inMemory() {
        return new InMemoryLeases();
    }
}

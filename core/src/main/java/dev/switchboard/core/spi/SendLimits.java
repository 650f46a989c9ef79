package dev.switchboard.core.spi;

import java.time.Duration;
import java.util.List;

/**
 * Rate limits on sends, shared by everything that sends for one bot, so that N replicas together
 * stay within the platform's limits instead of each on its own; and a shared halt, so that a
 * platform's {@code retry_after} seen by one replica stops every replica's sends to that scope.
 * Implementations are thread-safe.
 */
public interface SendLimits {
    /**
     * Takes one permit from every limit in {@code limits} when all have one now (all or none) and
     * no halt covers any of their keys, returning {@link Duration#ZERO}; otherwise takes nothing
     * and returns how long to wait before trying again.
     *
     * @throws StateStoreException if the store cannot be reached
     */
    Duration tryAcquire(List<RateLimit> limits);

    /**
     * Halts sends under {@code key} for {@code wait} from now (a platform's {@code retry_after}),
     * on every replica sharing this store; a shorter halt never shortens a longer one.
     *
     * @throws StateStoreException if the store cannot be reached
     */
    void halt(String key, Duration wait);
}

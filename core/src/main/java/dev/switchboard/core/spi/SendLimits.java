package dev.switchboard.core.spi;

import static com.google.common.base.Preconditions.checkNotNull;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Rate limits on sends, shared by everything that sends for one bot, so that N replicas together
 * stay within the platform's limits instead of each on its own; and a shared halt, so that a
 * platform's {@code retry_after} seen by one replica stops every replica's sends to that scope.
 *
 * <p>Every implementation follows the one algorithm that {@link #inMemory()} documents (GCRA, with
 * halts per key), so that a bot behaves the same on one replica and on many. Implementations are
 * thread-safe.
 */
public interface SendLimits {
    /**
     * Takes one permit from every limit in {@code limits} when all have one now (all or none) and
     * no halt covers any of their keys, returning {@link Duration#ZERO}; otherwise takes nothing
     * and returns how long to wait before trying again: the longest remaining halt when a key is
     * halted, else the longest wait among the limits that refused. An empty list passes at once.
     *
     * @throws StateStoreException if the store cannot be reached
     */
    Duration tryAcquire(List<RateLimit> limits);

    /**
     * Halts sends under {@code key} for {@code wait} from now (a platform's {@code retry_after}),
     * on every replica sharing this store; a shorter halt never shortens a longer one. A zero or
     * negative {@code wait} changes nothing.
     *
     * @throws StateStoreException if the store cannot be reached
     */
    void halt(String key, Duration wait);

    /**
     * Waits until {@link #tryAcquire} takes a permit from every limit in {@code limits}, sleeping
     * for the wait it returns between tries.
     *
     * @throws InterruptedException if the thread is interrupted while it waits; nothing is taken
     * @throws StateStoreException if the store cannot be reached
     */
    default void acquire(List<RateLimit> limits) throws InterruptedException {
        checkNotNull(limits, "limits");
        for (Duration wait = tryAcquire(limits); !wait.isZero(); wait = tryAcquire(limits)) {
            TimeUnit.NANOSECONDS.sleep(wait.toNanos());
        }
    }

    /**
     * Limits and halts in this process's memory, for one replica or replicas in one JVM (tests):
     * up to 100 000 keys, each forgotten once it is idle long enough to be as good as new.
     */
    static SendLimits inMemory() {
        return new InMemorySendLimits();
    }
}

package dev.switchboard.core.bot;

import com.google.common.base.Ticker;
import java.time.Duration;

/**
 * The runtime's clock and timer: answer deadlines are scheduled here, and the duplicate window and
 * the bounded memories read time from here. Production uses {@link SystemScheduler}; tests inject a
 * manual one, so no test sleeps.
 */
interface Scheduler {
    /** A monotonic time in nanoseconds, like {@link System#nanoTime()}. */
    long nanoTime();

    /** Runs {@code task} once after {@code delay}, on a thread of the scheduler's choosing. */
    Scheduled schedule(Duration delay, Runnable task);

    /** Cancels what is still scheduled and frees the scheduler's thread. */
    void shutdown();

    /** This clock as a Guava {@link Ticker}, for caches that expire entries. */
    default Ticker ticker() {
        return new Ticker() {
            @Override
            public long read() {
                return nanoTime();
            }
        };
    }

    /** A scheduled task. */
    interface Scheduled {
        /** Makes sure the task does not run if it has not started; harmless after it ran. */
        void cancel();
    }
}

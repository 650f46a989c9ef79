package dev.switchboard.core.testing;

import java.time.Duration;
import java.util.function.BooleanSupplier;

/**
 * Waiting in tests: until a condition holds, and pacing a stream of events at a steady rate.
 *
 * <pre>{@code
 * long started = System.nanoTime();
 * for (int n = 0; n < UPDATES; n++) {
 *     fake.userSends(chat, "m" + n);
 *     Waiting.pace(started, n, Duration.ofMillis(2));
 * }
 * Waiting.until(() -> fake.pendingUpdates().isEmpty(), Duration.ofSeconds(60), "all handled");
 * }</pre>
 */
public final class Waiting {
    private static final long POLL_MILLIS = 20;

    private Waiting() {
    }

    /** Waits until {@code condition} holds, checked every 20 ms; fails naming {@code what} after {@code timeout}. */
    public static void until(BooleanSupplier condition, Duration timeout, String what) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() - deadline > 0) {
                throw new AssertionError(what + " within " + timeout.toSeconds() + " s");
            }
            Thread.sleep(POLL_MILLIS);
        }
    }

    /** Sleeps until event {@code n} (from 0) is due: {@code n + 1} intervals after {@code startedNanos}. */
    public static void pace(long startedNanos, int n, Duration interval) throws InterruptedException {
        long wait = startedNanos + interval.toNanos() * (n + 1) - System.nanoTime();
        if (wait > 0) {
            Thread.sleep(wait / 1_000_000, (int) (wait % 1_000_000));
        }
    }
}

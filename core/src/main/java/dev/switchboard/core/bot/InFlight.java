package dev.switchboard.core.bot;

import java.time.Duration;
import java.util.concurrent.TimeUnit;

/**
 * Counts the handlers handed to the executor and not yet finished (their press answered), so a
 * caller can wait until the bot has caught up with every update it received.
 */
final class InFlight {
    private int count;

    synchronized void started() {
        count++;
    }

    synchronized void finished() {
        count--;
        if (count == 0) {
            notifyAll();
        }
    }

    /** Waits until nothing is in flight; false if {@code timeout} passed first. */
    synchronized boolean awaitNone(Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (count > 0) {
            long left = deadline - System.nanoTime();
            if (left <= 0) {
                return false;
            }
            TimeUnit.NANOSECONDS.timedWait(this, left);
        }
        return true;
    }
}

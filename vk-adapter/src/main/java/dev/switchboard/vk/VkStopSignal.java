package dev.switchboard.vk;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

/**
 * Lets a poll loop be stopped from another thread while it waits: {@link #stop()} cancels the
 * request in flight and wakes a backoff sleep at once. {@link #NEVER} is for callers that are
 * never stopped (the messenger). Thread-safe.
 */
final class VkStopSignal {
    /** A signal that is never raised. */
    static final VkStopSignal NEVER = new VkStopSignal();

    private final CountDownLatch stopped = new CountDownLatch(1);
    private volatile Future<?> inFlight;

    void stop() {
        if (this == NEVER) {
            throw new IllegalStateException("NEVER cannot be stopped");
        }
        stopped.countDown();
        Future<?> request = inFlight;
        if (request != null) {
            request.cancel(true);
        }
    }

    boolean isStopped() {
        return stopped.getCount() == 0;
    }

    /** Records the request in flight, cancelling it at once when already stopped. */
    void track(Future<?> request) {
        inFlight = request;
        if (isStopped()) {
            request.cancel(true);
        }
    }

    void untrack() {
        inFlight = null;
    }

    /**
     * Waits {@code delay}, or less when stopped meanwhile.
     *
     * @return true when stopped
     * @throws InterruptedException when the thread is interrupted
     */
    boolean sleep(Duration delay) throws InterruptedException {
        return stopped.await(Math.max(0, delay.toNanos()), TimeUnit.NANOSECONDS);
    }
}

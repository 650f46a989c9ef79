package dev.switchboard.core.bot;

import com.google.common.base.Ticker;
import dev.switchboard.core.spi.ListenerGroup;
import java.time.Duration;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.BooleanSupplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Bounds the updates the handlers hold at once (running plus queued) and tells when they are
 * saturated, once per episode: an episode starts when an update finds no room and ends when one
 * finds room at once again. Sources wait for room; webhooks are refused. Thread-safe.
 */
final class HandlerPermits {
    private static final Logger LOG = LoggerFactory.getLogger(HandlerPermits.class);
    private static final long POLL_MILLIS = 50;

    private final Semaphore permits;
    private final int capacity;
    private final ListenerGroup listener;
    private final Ticker ticker;
    private final AtomicBoolean saturated = new AtomicBoolean();
    private final AtomicLong refused = new AtomicLong();
    private final AtomicLong overdraft = new AtomicLong();
    private volatile long saturatedSince;

    HandlerPermits(int capacity, ListenerGroup listener, Ticker ticker) {
        this.permits = new Semaphore(capacity);
        this.capacity = capacity;
        this.listener = listener;
        this.ticker = ticker;
    }

    /** Takes room, waiting while there is none; false if {@code waiting} turned false first. */
    boolean acquire(BooleanSupplier waiting) throws InterruptedException {
        if (permits.tryAcquire()) {
            recovered();
            return true;
        }
        saturated();
        while (waiting.getAsBoolean()) {
            if (permits.tryAcquire(POLL_MILLIS, TimeUnit.MILLISECONDS)) {
                return true;
            }
        }
        return false;
    }

    /** Takes room if there is some now; otherwise counts a refusal and returns false. */
    boolean tryAcquire() {
        if (permits.tryAcquire()) {
            recovered();
            return true;
        }
        saturated();
        refused.incrementAndGet();
        return false;
    }

    /**
     * Takes room at once, beyond the capacity if need be: for the few updates the runtime makes
     * itself on a handler's thread, where waiting for room could wait for itself.
     */
    void acquireNow() {
        if (!permits.tryAcquire()) {
            overdraft.incrementAndGet();
        }
    }

    /** Gives back room taken by {@link #acquire}, {@link #tryAcquire} or {@link #acquireNow}. */
    void release() {
        if (overdraft.get() > 0 && overdraft.getAndUpdate(n -> n > 0 ? n - 1 : n) > 0) {
            return;
        }
        permits.release();
    }

    private void saturated() {
        if (saturated.compareAndSet(false, true)) {
            saturatedSince = ticker.read();
            refused.set(0);
            LOG.warn("handlers saturated ({} updates running or queued): long polling waits and webhooks are"
                    + " refused until they catch up", capacity);
            listener.handlersSaturated(capacity);
        }
    }

    private void recovered() {
        if (saturated.get() && saturated.compareAndSet(true, false)) {
            Duration lasted = Duration.ofNanos(ticker.read() - saturatedSince);
            long refusedCount = refused.get();
            LOG.info("handlers caught up after {} ms; {} webhook updates were refused meanwhile", lasted.toMillis(),
                    refusedCount);
            listener.handlersAvailable(lasted, refusedCount);
        }
    }
}

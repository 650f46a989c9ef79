package dev.switchboard.core.testing;

import com.google.common.base.Ticker;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;

/** A Guava {@link Ticker} that moves only when a test says so, for caches and stores with expiry. */
public final class ManualTicker extends Ticker {
    private final AtomicLong nanos = new AtomicLong(1_000_000_000L);

    @Override
    public long read() {
        return nanos.get();
    }

    /** Moves the ticker forward by {@code by}. */
    public void advance(Duration by) {
        nanos.addAndGet(by.toNanos());
    }
}

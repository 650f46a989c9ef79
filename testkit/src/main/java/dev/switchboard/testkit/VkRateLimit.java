package dev.switchboard.testkit;

import java.util.ArrayDeque;
import java.util.function.LongSupplier;

/** VK's requests-per-second limit: a sliding one-second window. Thread-safe. */
final class VkRateLimit {
    private static final long SECOND = 1_000_000_000L;

    private final LongSupplier nanoTime;
    private final ArrayDeque<Long> recent = new ArrayDeque<>();
    private int perSecond;

    VkRateLimit(int perSecond, LongSupplier nanoTime) {
        this.perSecond = perSecond;
        this.nanoTime = nanoTime;
    }

    synchronized void perSecond(int limit) {
        this.perSecond = limit;
        recent.clear();
    }

    /** Counts one request; false when it is over the limit (it is then not counted). 0 means no limit. */
    synchronized boolean tryAcquire() {
        if (perSecond <= 0) {
            return true;
        }
        long now = nanoTime.getAsLong();
        while (!recent.isEmpty() && now - recent.peekFirst() >= SECOND) {
            recent.removeFirst();
        }
        if (recent.size() >= perSecond) {
            return false;
        }
        recent.addLast(now);
        return true;
    }
}

package dev.switchboard.core.spi;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.base.Ticker;
import com.google.common.cache.Cache;
import com.google.common.cache.CacheBuilder;
import dev.switchboard.core.PlatformId;
import java.time.Duration;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Recent presses in a bounded Guava cache, each entry holding the time its window ends (windows
 * may differ per call, so expiry is checked on read and the cache only bounds the size). Presses
 * whose window ended are swept every {@value #SWEEP_EVERY} presses, so a busy bot keeps about the
 * presses of one window rather than a full cache of stale ones.
 */
final class InMemoryRecentPresses implements RecentPresses {
    static final int SWEEP_EVERY = 4096;

    private final Cache<Key, Long> seen;
    private final Ticker ticker;
    private final AtomicLong presses = new AtomicLong();

    InMemoryRecentPresses(int capacity) {
        this(capacity, Ticker.systemTicker());
    }

    InMemoryRecentPresses(int capacity, Ticker ticker) {
        this.ticker = ticker;
        this.seen = CacheBuilder.newBuilder().maximumSize(capacity).build();
    }

    @Override
    public boolean repeated(PlatformId platform, String message, long userId, String payload, Duration window) {
        Key key = new Key(checkNotNull(platform, "platform"), checkNotNull(message, "message"), userId,
                checkNotNull(payload, "payload"));
        long now = ticker.read();
        if (presses.incrementAndGet() % SWEEP_EVERY == 0) {
            forgetEnded(now);
        }
        long until = now + window.toNanos();
        boolean[] repeated = {false};
        seen.asMap().compute(key, (k, earlier) -> {
            if (earlier != null && earlier - now > 0) {
                repeated[0] = true;
                return earlier;
            }
            return until;
        });
        return repeated[0];
    }

    @Override
    public void keyboardReplaced(PlatformId platform, String message, Set<String> offered) {
        seen.asMap().keySet().removeIf(key -> key.platform().equals(platform) && key.message().equals(message)
                && offered.contains(key.payload()));
    }

    /** Drops presses whose window ended, each only if no press rewrote it meanwhile. */
    private void forgetEnded(long now) {
        for (Map.Entry<Key, Long> entry : seen.asMap().entrySet()) {
            if (entry.getValue() - now <= 0) {
                seen.asMap().remove(entry.getKey(), entry.getValue());
            }
        }
    }

    /** Presses held, their window ended or not; for tests. */
    long size() {
        seen.cleanUp();
        return seen.size();
    }

    @Override
    public String toString() {
        return "RecentPresses.inMemory()";
    }

    private record Key(PlatformId platform, String message, long userId, String payload) {
    }
}

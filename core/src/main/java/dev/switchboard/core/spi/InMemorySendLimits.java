package dev.switchboard.core.spi;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.base.Ticker;
import com.google.common.cache.Cache;
import com.google.common.cache.CacheBuilder;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@link SendLimits} in this process's memory. The algorithm, which every other implementation
 * (such as the Redis Lua script) repeats exactly:
 *
 * <p><b>Clock and units.</b> {@code now} is read once per call from a monotonic clock; here
 * nanoseconds of a Guava {@link Ticker} (a store may use another unit, such as the microseconds of
 * Redis {@code TIME}, as long as it uses that one unit throughout and converts durations rounding up).
 *
 * <p><b>Rate limits (GCRA, the generic cell rate algorithm).</b> For a {@link RateLimit} the emission
 * interval is {@code T = ceil(per / permits)} in clock units (at least 1), and the tolerance is
 * {@code tau = (burst - 1) * T}. Each key has a theoretical arrival time {@code tat}; an absent key
 * counts as {@code tat = now}. A permit is free when {@code now >= max(tat, now) - tau}; taking it
 * sets {@code tat = max(tat, now) + T}. Otherwise the limit's wait is {@code max(tat, now) - tau - now}.
 * So after a quiet spell {@code burst} sends pass at once, then one every {@code T}.
 *
 * <p><b>Halts.</b> Each key may have a halt deadline {@code until}. {@code halt(key, wait)} sets
 * {@code until = max(until, now + wait)}; a wait of zero or less changes nothing.
 *
 * <p><b>{@code tryAcquire(limits)}</b>, atomically: (1) if any listed key has {@code until > now},
 * return the largest {@code until - now} and change nothing; (2) go through the limits in order,
 * computing each one's permit as above against the {@code tat} its key has after the earlier
 * limits of this call (a key listed twice takes two permits); (3) if any limit refused, return the
 * largest wait and change nothing; (4) else store every new {@code tat} and return zero. Waits
 * are returned in whole nanoseconds (rounded up from the clock's unit).
 *
 * <p><b>Forgetting.</b> A {@code tat} at or before {@code now} is the same as an absent key, so a
 * rate key is kept until its {@code tat} (at most {@code T + tau} after its last permit, as Redis
 * {@code PX tat - now}), a halt until its deadline. Here both sit in Guava caches bounded to
 * {@code capacity} keys each, swept of lapsed entries every {@value #SWEEP_EVERY} calls; a key
 * evicted by the bound while still live is forgotten early, which can only let a send through
 * sooner, so the bound is set well above the number of chats a bot writes to within a few seconds.
 */
final class InMemorySendLimits implements SendLimits {
    static final int DEFAULT_CAPACITY = 100_000;
    static final int SWEEP_EVERY = 4096;

    private final Ticker ticker;
    private final Cache<String, Long> arrivals;
    private final Cache<String, Long> halts;
    private int calls;

    InMemorySendLimits() {
        this(DEFAULT_CAPACITY, Ticker.systemTicker());
    }

    InMemorySendLimits(int capacity, Ticker ticker) {
        checkArgument(capacity > 0, "capacity must be positive: %s", capacity);
        this.ticker = checkNotNull(ticker, "ticker");
        this.arrivals = CacheBuilder.newBuilder().maximumSize(capacity).build();
        this.halts = CacheBuilder.newBuilder().maximumSize(capacity).build();
    }

    @Override
    public synchronized Duration tryAcquire(List<RateLimit> limits) {
        checkNotNull(limits, "limits");
        long now = ticker.read();
        sweepNowAndThen();
        long halted = 0;
        for (RateLimit limit : limits) {
            Long until = halts.getIfPresent(limit.key());
            if (until != null && until - now > halted) {
                halted = until - now;
            }
        }
        if (halted > 0) {
            return Duration.ofNanos(halted);
        }
        Map<String, Long> taken = new LinkedHashMap<>();
        long wait = 0;
        for (RateLimit limit : limits) {
            long interval = emissionInterval(limit);
            long tolerance = (limit.burst() - 1) * interval;
            Long stored = taken.containsKey(limit.key()) ? taken.get(limit.key()) : arrivals.getIfPresent(limit.key());
            long tat = stored == null || stored - now < 0 ? now : stored;
            long allowAt = tat - tolerance;
            if (allowAt - now > 0) {
                wait = Math.max(wait, allowAt - now);
            } else {
                taken.put(limit.key(), tat + interval);
            }
        }
        if (wait > 0) {
            return Duration.ofNanos(wait);
        }
        arrivals.putAll(taken);
        return Duration.ZERO;
    }

    @Override
    public synchronized void halt(String key, Duration wait) {
        checkNotNull(key, "key");
        checkNotNull(wait, "wait");
        if (wait.isNegative() || wait.isZero()) {
            return;
        }
        long until = ticker.read() + wait.toNanos();
        Long current = halts.getIfPresent(key);
        if (current == null || until - current > 0) {
            halts.put(key, until);
        }
    }

    /** {@code T = ceil(per / permits)} in nanoseconds, at least 1. */
    static long emissionInterval(RateLimit limit) {
        long per = limit.per().toNanos();
        return Math.max(1, per / limit.permits() + (per % limit.permits() == 0 ? 0 : 1));
    }

    /** Keys held, rate and halt; for tests. */
    synchronized long size() {
        arrivals.cleanUp();
        halts.cleanUp();
        return arrivals.size() + halts.size();
    }

    /** Drops every key whose {@code tat} or halt has passed. */
    synchronized void forgetLapsed() {
        long now = ticker.read();
        arrivals.asMap().values().removeIf(tat -> tat - now <= 0);
        halts.asMap().values().removeIf(until -> until - now <= 0);
    }

    private void sweepNowAndThen() {
        if (++calls % SWEEP_EVERY == 0) {
            forgetLapsed();
        }
    }

    @Override
    public String toString() {
        return "SendLimits.inMemory()";
    }
}

package dev.switchboard.core.spi;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.base.Ticker;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/** Leases in a map guarded by this object's lock; times from a {@link Ticker}. */
final class InMemoryLeases implements Leases {
    private final Ticker ticker;
    private final Map<String, Held> held = new HashMap<>();
    private final Map<String, Long> tokens = new HashMap<>();

    InMemoryLeases() {
        this(Ticker.systemTicker());
    }

    InMemoryLeases(Ticker ticker) {
        this.ticker = ticker;
    }

    @Override
    public synchronized Optional<Lease> tryAcquire(String name, String holder, Duration ttl) {
        checkNotNull(name, "name");
        checkNotNull(holder, "holder");
        long now = ticker.read();
        Held current = held.get(name);
        if (current != null && current.until() - now > 0) {
            return Optional.empty();
        }
        long token = tokens.merge(name, 1L, Long::sum);
        Lease lease = new Lease(name, holder, token);
        held.put(name, new Held(lease, now + ttl.toNanos()));
        return Optional.of(lease);
    }

    @Override
    public synchronized boolean renew(Lease lease, Duration ttl) {
        long now = ticker.read();
        Held current = held.get(lease.name());
        if (current == null || !current.lease().equals(lease) || current.until() - now <= 0) {
            return false;
        }
        held.put(lease.name(), new Held(lease, now + ttl.toNanos()));
        return true;
    }

    @Override
    public synchronized void release(Lease lease) {
        Held current = held.get(lease.name());
        if (current != null && current.lease().equals(lease)) {
            held.remove(lease.name());
        }
    }

    @Override
    public String toString() {
        return "Leases.inMemory()";
    }

    private record Held(Lease lease, long until) {
    }
}

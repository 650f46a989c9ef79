package dev.switchboard.core.spi;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.base.Ticker;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Leases in a map guarded by this object's lock; times from a {@link Ticker}. Fencing tokens come
 * from one counter for every name, so a later tenure of a name always has a higher token and
 * nothing is kept for a name nobody holds: a released lease leaves no entry, and lapsed ones are
 * swept every {@value #SWEEP_EVERY} acquisitions. The runtime takes a lease per chat for
 * {@code webhookSinkHandlingFirst}, so keeping a counter per name would grow with every chat ever
 * seen.
 */
final class InMemoryLeases implements Leases {
    static final int SWEEP_EVERY = 4096;

    private final Ticker ticker;
    private final Map<String, Held> held = new HashMap<>();
    private long lastToken;
    private int acquisitions;

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
        if (++acquisitions % SWEEP_EVERY == 0) {
            held.values().removeIf(lease -> lease.until() - now <= 0);
        }
        Held current = held.get(name);
        if (current != null && current.until() - now > 0) {
            return Optional.empty();
        }
        Lease lease = new Lease(name, holder, ++lastToken);
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

    /** Names with an entry (held, or lapsed and not swept yet); for tests. */
    synchronized int names() {
        return held.size();
    }

    @Override
    public String toString() {
        return "Leases.inMemory()";
    }

    private record Held(Lease lease, long until) {
    }
}

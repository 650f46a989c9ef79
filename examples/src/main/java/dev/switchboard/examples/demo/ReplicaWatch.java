package dev.switchboard.examples.demo;

import dev.switchboard.core.PlatformId;
import dev.switchboard.core.spi.Lease;
import dev.switchboard.core.spi.Leases;
import dev.switchboard.core.spi.PressClaims;
import dev.switchboard.core.spi.SeenUpdates;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicLong;

/**
 * What the replicas of the demo's bot did with their shared state, seen from inside: each
 * replica's leases, seen updates and press claims (its own Redis connection's) are wrapped here,
 * so the transcript says which replica took a lease, stood by or gave one up, which took each
 * update and which answered each press, as it happened rather than as the script expects.
 * Thread-safe: the wrappers are called on the replicas' threads.
 */
final class ReplicaWatch {
    /** A lease event: {@code replica} took ({@code token > 0}), stood by for, or gave up lease {@code name}. */
    record LeaseEvent(String replica, Kind kind, String name, long token) {
    }

    /** What happened to a lease. */
    enum Kind { TOOK, STANDS_BY, GAVE_UP, LOST }

    private final ConcurrentLinkedQueue<LeaseEvent> leaseEvents = new ConcurrentLinkedQueue<>();
    private final Map<String, String> holders = new ConcurrentHashMap<>();
    private final Set<String> standingBy = ConcurrentHashMap.newKeySet();
    private final ConcurrentLinkedQueue<String> claimedBy = new ConcurrentLinkedQueue<>();
    private final Map<String, AtomicLong> taken = new ConcurrentHashMap<>();
    private final Map<String, AtomicLong> answered = new ConcurrentHashMap<>();

    /** {@code replica}'s leases, watched. */
    Leases leases(String replica, Leases delegate) {
        return new Leases() {
            @Override
            public Optional<Lease> tryAcquire(String name, String holder, Duration ttl) {
                Optional<Lease> lease = delegate.tryAcquire(name, holder, ttl);
                if (lease.isPresent()) {
                    standingBy.remove(replica + " " + name);
                    holders.put(name, replica);
                    leaseEvents.add(new LeaseEvent(replica, Kind.TOOK, name, lease.get().token()));
                } else if (standingBy.add(replica + " " + name)) {
                    leaseEvents.add(new LeaseEvent(replica, Kind.STANDS_BY, name, 0));
                }
                return lease;
            }

            @Override
            public boolean renew(Lease lease, Duration ttl) {
                boolean renewed = delegate.renew(lease, ttl);
                if (!renewed) {
                    holders.remove(lease.name(), replica);
                    leaseEvents.add(new LeaseEvent(replica, Kind.LOST, lease.name(), lease.token()));
                }
                return renewed;
            }

            @Override
            public void release(Lease lease) {
                delegate.release(lease);
                holders.remove(lease.name(), replica);
                leaseEvents.add(new LeaseEvent(replica, Kind.GAVE_UP, lease.name(), lease.token()));
            }
        };
    }

    /** {@code replica}'s seen updates, counting the updates it took. */
    SeenUpdates seenUpdates(String replica, SeenUpdates delegate) {
        return new SeenUpdates() {
            @Override
            public boolean firstSeen(PlatformId platform, String updateId) {
                boolean first = delegate.firstSeen(platform, updateId);
                if (first) {
                    counter(taken, replica).incrementAndGet();
                }
                return first;
            }

            @Override
            public void forget(PlatformId platform, String updateId) {
                delegate.forget(platform, updateId);
                counter(taken, replica).decrementAndGet();
            }
        };
    }

    /** {@code replica}'s press claims, noting which replica answered each press. */
    PressClaims pressClaims(String replica, PressClaims delegate) {
        return (platform, pressId) -> {
            boolean claimed = delegate.claim(platform, pressId);
            if (claimed) {
                counter(answered, replica).incrementAndGet();
                claimedBy.add(replica);
            }
            return claimed;
        };
    }

    /** The lease events since the last call, oldest first. */
    List<LeaseEvent> takeLeaseEvents() {
        List<LeaseEvent> events = new ArrayList<>();
        for (LeaseEvent event = leaseEvents.poll(); event != null; event = leaseEvents.poll()) {
            events.add(event);
        }
        return events;
    }

    /** The replica holding each lease now, by lease name. */
    Map<String, String> holders() {
        return Map.copyOf(holders);
    }

    /** How many replica and lease pairs are standing by now. */
    int standingBy() {
        return standingBy.size();
    }

    /** The replicas that claimed answers since the last call, oldest first. */
    List<String> takeClaims() {
        List<String> claims = new ArrayList<>();
        for (String claim = claimedBy.poll(); claim != null; claim = claimedBy.poll()) {
            claims.add(claim);
        }
        return claims;
    }

    /** How many updates {@code replica} took. */
    long updatesTaken(String replica) {
        return counter(taken, replica).get();
    }

    /** How many presses {@code replica} answered. */
    long pressesAnswered(String replica) {
        return counter(answered, replica).get();
    }

    private static AtomicLong counter(Map<String, AtomicLong> counters, String replica) {
        return counters.computeIfAbsent(replica, r -> new AtomicLong());
    }
}

package dev.switchboard.core.bot;

import dev.switchboard.core.spi.Lease;
import dev.switchboard.core.spi.Leases;
import dev.switchboard.core.spi.StateStoreException;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * This replica's side of the poller leases: waits to take a source's lease, keeps it renewed every
 * third of its time to live on a thread of its own (never behind an answer being sent), and gives
 * it up. A lease that cannot be renewed for a whole time to live, because it was taken over or the
 * store cannot be reached, counts as lost: the holder must stop polling, since another replica may
 * have started.
 */
final class PollerLeases {
    private static final Logger LOG = LoggerFactory.getLogger(PollerLeases.class);
    private static final Duration MAX_WAIT = Duration.ofSeconds(1);

    private final Leases leases;
    private final String replicaId;
    private final Duration ttl;
    private final ScheduledExecutorService renewals;

    PollerLeases(Leases leases, String replicaId, Duration ttl) {
        this.leases = leases;
        this.replicaId = replicaId;
        this.ttl = ttl;
        this.renewals = Executors.newSingleThreadScheduledExecutor(task -> {
            Thread thread = new Thread(task, "switchboard-" + replicaId + "-leases");
            thread.setDaemon(true);
            return thread;
        });
    }

    String replicaId() {
        return replicaId;
    }

    /**
     * Blocks until this replica holds lease {@code name}, trying every third of the time to live (at
     * most every second); empty once {@code stopped} says so. Says once that it stands by.
     */
    Optional<Lease> await(String name, BooleanSupplier stopped, Object wakeUp) throws InterruptedException {
        boolean told = false;
        while (!stopped.getAsBoolean()) {
            try {
                Optional<Lease> lease = leases.tryAcquire(name, replicaId, ttl);
                if (lease.isPresent()) {
                    LOG.info("{} holds the lease on {} (fencing token {}); polling", replicaId, name,
                            lease.get().token());
                    return lease;
                }
                if (!told) {
                    LOG.info("{} stands by: another replica polls {}", replicaId, name);
                    told = true;
                }
            } catch (StateStoreException e) {
                LOG.warn("{} could not try the lease on {}; trying again: {}", replicaId, name, e.getMessage());
            }
            synchronized (wakeUp) {
                if (!stopped.getAsBoolean()) {
                    wakeUp.wait(Math.min(ttl.toMillis() / 3, MAX_WAIT.toMillis()));
                }
            }
        }
        return Optional.empty();
    }

    /**
     * Renews {@code lease} every third of its time to live until the returned task is cancelled;
     * calls {@code lost} once when it lapses.
     */
    ScheduledFuture<?> keepRenewed(Lease lease, Runnable lost) {
        long period = Math.max(1, ttl.toMillis() / 3);
        long[] renewedAt = {System.nanoTime()};
        boolean[] gone = {false};
        return renewals.scheduleAtFixedRate(() -> {
            if (gone[0]) {
                return;
            }
            try {
                if (leases.renew(lease, ttl)) {
                    renewedAt[0] = System.nanoTime();
                    return;
                }
                LOG.warn("{} lost the lease on {} (token {}): another replica took it over; stopping its poller",
                        replicaId, lease.name(), lease.token());
            } catch (StateStoreException e) {
                if (System.nanoTime() - renewedAt[0] < ttl.toNanos()) {
                    LOG.warn("{} could not renew the lease on {}; trying again: {}", replicaId, lease.name(),
                            e.getMessage());
                    return;
                }
                LOG.warn("{} could not renew the lease on {} for {}; it may have lapsed, so its poller stops: {}",
                        replicaId, lease.name(), ttl, e.getMessage());
            }
            gone[0] = true;
            lost.run();
        }, period, period, TimeUnit.MILLISECONDS);
    }

    /** Gives {@code lease} up, so another replica takes over at once; a failure only delays that. */
    void release(Lease lease) {
        try {
            leases.release(lease);
            LOG.info("{} released the lease on {}", replicaId, lease.name());
        } catch (StateStoreException e) {
            LOG.warn("{} could not release the lease on {}; another replica takes over within {}: {}", replicaId,
                    lease.name(), ttl, e.getMessage());
        }
    }

    void shutdown() {
        renewals.shutdownNow();
    }
}

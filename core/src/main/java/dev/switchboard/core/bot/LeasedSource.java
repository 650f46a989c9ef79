package dev.switchboard.core.bot;

import dev.switchboard.core.PlatformId;
import dev.switchboard.core.spi.CheckpointStore;
import dev.switchboard.core.spi.Lease;
import dev.switchboard.core.spi.StateStoreException;
import dev.switchboard.core.spi.UpdateSink;
import dev.switchboard.core.spi.UpdateSource;
import java.util.Optional;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Function;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A platform's update source run only while this replica holds the source's lease: it waits for
 * the lease, then runs a fresh source made for that tenure, whose checkpoint saves are fenced by
 * the lease's token; when the lease is lost it stops that source and waits for the lease again.
 * When stopped it keeps the lease until {@link #release()}, which the bot calls once its handlers
 * are done, so a standing-by replica takes over at once but never alongside them.
 */
final class LeasedSource implements UpdateSource {
    private static final Logger LOG = LoggerFactory.getLogger(LeasedSource.class);

    private final PlatformId platform;
    private final String name;
    private final Function<CheckpointStore, UpdateSource> sources;
    private final CheckpointStore checkpoints;
    private final PollerLeases leases;
    private final AtomicBoolean stopped = new AtomicBoolean();
    private final Object wakeUp = new Object();
    private volatile UpdateSource current;
    private volatile Tenure tenure;
    private volatile Kept kept;
    private UpdateSource next;

    /**
     * The first source is made at once, so a platform that cannot make one (a missing setting)
     * fails when the bot starts; later tenures make their own.
     */
    LeasedSource(PlatformId platform, String name, Function<CheckpointStore, UpdateSource> sources,
                 CheckpointStore checkpoints, PollerLeases leases) {
        this.platform = platform;
        this.name = name;
        this.sources = sources;
        this.checkpoints = checkpoints;
        this.leases = leases;
        this.next = sources.apply(new Fenced(checkpoints, () -> tenure));
    }

    @Override
    public PlatformId platform() {
        return platform;
    }

    @Override
    public void run(UpdateSink sink) {
        while (!stopped.get()) {
            Optional<Lease> held;
            try {
                held = leases.await(name, stopped::get, wakeUp);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
            if (held.isEmpty()) {
                return;
            }
            Lease lease = held.get();
            AtomicBoolean lost = new AtomicBoolean();
            tenure = new Tenure(lease, () -> lose(lost));
            UpdateSource source = next != null ? next : sources.apply(new Fenced(checkpoints, () -> tenure));
            next = null;
            current = source;
            ScheduledFuture<?> renewal = leases.keepRenewed(lease, () -> lose(lost));
            boolean ended = false;
            try {
                if (!stopped.get()) {
                    source.run(sink);
                }
                ended = true;
            } finally {
                current = null;
                if (ended && !lost.get()) {
                    kept = new Kept(lease, renewal);
                } else {
                    renewal.cancel(false);
                    if (!lost.get()) {
                        leases.release(lease);
                    }
                }
            }
            if (!lost.get()) {
                return;
            }
            LOG.info("{} stopped polling {} after losing its lease; waiting for it again", leases.replicaId(), name);
        }
    }

    private void lose(AtomicBoolean lost) {
        if (lost.compareAndSet(false, true)) {
            UpdateSource source = current;
            if (source != null) {
                source.stop();
            }
        }
    }

    /**
     * Gives up the lease this source still holds after it stopped: the bot calls it once the
     * handlers finished what this replica took, so the replica that takes over does not handle a
     * chat's newer updates while this one still handles older ones.
     */
    void release() {
        Kept held = kept;
        kept = null;
        if (held != null) {
            held.renewal().cancel(false);
            leases.release(held.lease());
        }
    }

    @Override
    public void stop() {
        stopped.set(true);
        synchronized (wakeUp) {
            wakeUp.notifyAll();
        }
        UpdateSource source = current;
        if (source != null) {
            source.stop();
        }
    }

    /** A lease kept, renewed, after the source stopped, until {@link #release()}. */
    private record Kept(Lease lease, ScheduledFuture<?> renewal) {
    }

    /** One tenure of the lease, and what to do when a save finds it gone. */
    private record Tenure(Lease lease, Runnable lost) {
    }

    /** The checkpoints as the current tenure sees them: every save fenced by its lease's token. */
    private static final class Fenced implements CheckpointStore {
        private final CheckpointStore store;
        private final Supplier<Tenure> tenure;

        Fenced(CheckpointStore store, Supplier<Tenure> tenure) {
            this.store = store;
            this.tenure = tenure;
        }

        @Override
        public Optional<String> load(String source) {
            return store.load(source);
        }

        @Override
        public void save(String source, String position) {
            Tenure current = tenure.get();
            if (!store.save(source, position, current.lease())) {
                current.lost().run();
                throw new StateStoreException(store.toString(), "save " + source + " under lease token "
                        + current.lease().token() + ": another replica holds the lease now", null);
            }
        }

        @Override
        public String toString() {
            return store + " fenced by the poller lease";
        }
    }
}

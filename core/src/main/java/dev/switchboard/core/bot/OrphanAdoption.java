package dev.switchboard.core.bot;

import dev.switchboard.core.PlatformId;
import dev.switchboard.core.event.SkippedUpdate;
import dev.switchboard.core.event.Update;
import dev.switchboard.core.event.UpdateParseException;
import dev.switchboard.core.event.UpdateReader;
import dev.switchboard.core.spi.ListenerGroup;
import dev.switchboard.core.spi.SeenUpdates;
import dev.switchboard.core.spi.TakenUpdate;
import dev.switchboard.core.spi.UpdateRefusedException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps this replica's heartbeat in the {@link SeenUpdates} store (every third of the poller lease)
 * and, once a lease time, adopts the updates that dead replicas took and never finished, reads each
 * again with its platform's reader and hands it to the dispatcher. At start it also adopts what
 * this replica's name kept in an earlier life (a replica restarted under the same name). With the
 * in-memory store nothing is ever adopted. Runs on a daemon thread of its own.
 */
final class OrphanAdoption {
    private static final Logger LOG = LoggerFactory.getLogger(OrphanAdoption.class);
    private static final int BEATS_PER_ADOPTION = 3;

    private final Map<PlatformId, BotPlatform> platforms;
    private final SeenUpdates seen;
    private final Dispatcher dispatcher;
    private final String replica;
    private final Duration ttl;
    private final ListenerGroup listener;
    private ScheduledExecutorService timer;
    private boolean stopped;
    private volatile boolean adopting = true;
    private int beats;

    OrphanAdoption(List<BotPlatform> platforms, SeenUpdates seen, Dispatcher dispatcher, String replica, Duration ttl,
                   ListenerGroup listener) {
        this.platforms = platforms.stream().collect(Collectors.toMap(BotPlatform::id, Function.identity()));
        this.seen = seen;
        this.dispatcher = dispatcher;
        this.replica = replica;
        this.ttl = ttl;
        this.listener = listener;
    }

    /** Starts beating and adopting; a second call changes nothing. */
    synchronized void start() {
        if (timer != null || stopped) {
            return;
        }
        timer = Executors.newSingleThreadScheduledExecutor(task -> {
            Thread thread = new Thread(task, "switchboard-" + replica + "-adoption");
            thread.setDaemon(true);
            return thread;
        });
        long period = Math.max(1, ttl.toMillis() / BEATS_PER_ADOPTION);
        timer.scheduleWithFixedDelay(this::beat, 0, period, TimeUnit.MILLISECONDS);
    }

    /**
     * Adopts nothing more but goes on beating: a stopping replica is alive while its handlers finish,
     * and another replica must not adopt the updates they are still handling.
     */
    void stopAdopting() {
        adopting = false;
    }

    /** Stops beating and adopting for good: from now on this replica's unfinished updates are orphans. */
    synchronized void stop() {
        adopting = false;
        stopped = true;
        if (timer != null) {
            timer.shutdownNow();
        }
    }

    private void beat() {
        try {
            seen.heartbeat(replica, ttl);
            if (beats++ % BEATS_PER_ADOPTION == 0 && adopting) {
                adopt(seen.adoptOrphans(replica, beats == 1));
            }
        } catch (RuntimeException e) {
            LOG.warn("{} could not beat or adopt orphaned updates in {}; trying again: {}", replica, seen,
                    e.getMessage());
        }
    }

    private void adopt(List<TakenUpdate> orphans) {
        for (TakenUpdate orphan : orphans) {
            if (Thread.currentThread().isInterrupted() || !adopting) {
                return;
            }
            Optional<UpdateReader> reader = Optional.ofNullable(platforms.get(orphan.platform()))
                    .flatMap(BotPlatform::updateReader);
            if (reader.isEmpty()) {
                LOG.error("{} adopted {} update {} from {} but has no reader for it; it is lost", replica,
                        orphan.platform(), orphan.updateId(), orphan.from());
                seen.finished(orphan.platform(), orphan.updateId(), replica);
                continue;
            }
            Update update;
            try {
                update = reader.get().read(orphan.rawJson());
            } catch (UpdateParseException e) {
                LOG.warn("{} adopted {} update {} from {} but cannot read it; skipped: {}", replica,
                        orphan.platform(), orphan.updateId(), orphan.from(), e.getMessage());
                listener.updateSkipped(orphan.platform(), new SkippedUpdate(0, Optional.of(orphan.updateId()), e));
                seen.finished(orphan.platform(), orphan.updateId(), replica);
                continue;
            }
            LOG.info("{} handles {} update {}, taken by {} which stopped before handling it", replica,
                    orphan.platform(), orphan.updateId(), orphan.from());
            try {
                dispatcher.dispatchAdopted(update, orphan.from());
            } catch (UpdateRefusedException e) {
                LOG.info("{} stopped before handling adopted {} update {}; it stays kept for the next adopter",
                        replica, orphan.platform(), orphan.updateId());
                return;
            }
        }
    }
}

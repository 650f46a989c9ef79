package dev.switchboard.core.bot;

import dev.switchboard.core.PlatformId;
import dev.switchboard.core.spi.CheckpointStore;
import dev.switchboard.core.spi.ListenerGroup;
import dev.switchboard.core.spi.UpdateSource;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Starts and stops a bot: one thread per platform reading its {@link UpdateSource} into the
 * dispatcher; on stop, the dispatcher stops taking updates (a source then keeps its position before
 * the first one refused), the sources are stopped and joined (confirming what they handed over), the
 * handler executor drains within the timeout (then is interrupted), and presses still open are
 * answered. One budget, the shutdown timeout, covers the joins and the drain.
 */
final class BotLifecycle {
    private static final Logger LOG = LoggerFactory.getLogger(BotLifecycle.class);
    private static final AtomicInteger BOTS = new AtomicInteger();

    private enum State { NEW, RUNNING, STOPPING, STOPPED }

    private final List<BotPlatform> platforms;
    private final UpdateNeeds needs;
    private final CheckpointStore checkpoints;
    private final Dispatcher dispatcher;
    private final ExecutorService executor;
    private final Scheduler scheduler;
    private final PressAnswers answers;
    private final ListenerGroup listener;
    private final Duration shutdownTimeout;
    private final PollerLeases leases;
    private final OrphanAdoption adoption;
    private final AtomicReference<State> state = new AtomicReference<>(State.NEW);
    private final Object stopLock = new Object();
    private final CountDownLatch wake = new CountDownLatch(1);
    private final AtomicReference<SourceFailedException> failure = new AtomicReference<>();
    private final List<UpdateSource> sources = new ArrayList<>();
    private final List<LeasedSource> leased = new ArrayList<>();
    private final List<Thread> threads = new ArrayList<>();
    private final AtomicInteger running = new AtomicInteger();

    BotLifecycle(List<BotPlatform> platforms, UpdateNeeds needs, CheckpointStore checkpoints, Dispatcher dispatcher,
                 ExecutorService executor, Scheduler scheduler, PressAnswers answers, ListenerGroup listener,
                 Duration shutdownTimeout, PollerLeases leases, OrphanAdoption adoption) {
        this.platforms = platforms;
        this.needs = needs;
        this.checkpoints = checkpoints;
        this.dispatcher = dispatcher;
        this.executor = executor;
        this.scheduler = scheduler;
        this.answers = answers;
        this.listener = listener;
        this.shutdownTimeout = shutdownTimeout;
        this.leases = leases;
        this.adoption = adoption;
    }

    /**
     * A pool of {@code threads}. Its queue is not bounded here: the dispatcher's permits bound what
     * it holds, so the pool refuses work only once shut down. Idle threads end after a minute, so a
     * bot that is never stopped does not pin them.
     */
    static ExecutorService handlerExecutor(int threads) {
        int bot = BOTS.incrementAndGet();
        AtomicInteger count = new AtomicInteger();
        ThreadPoolExecutor executor = new ThreadPoolExecutor(threads, threads, 1, TimeUnit.MINUTES,
                new LinkedBlockingQueue<>(),
                task -> new HandlerThread(task, "switchboard-" + bot + "-handler-" + count.incrementAndGet()),
                new ThreadPoolExecutor.AbortPolicy());
        executor.allowCoreThreadTimeOut(true);
        return executor;
    }

    void run() {
        start();
        boolean interrupted = false;
        try {
            wake.await();
        } catch (InterruptedException e) {
            interrupted = true;
        }
        try {
            stop();
        } finally {
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
        }
        SourceFailedException failed = failure.get();
        if (failed != null) {
            throw failed;
        }
    }

    void start() {
        platforms.forEach(BotPlatform::checkAccess);
        if (!state.compareAndSet(State.NEW, State.RUNNING)) {
            throw new IllegalStateException("a bot can be started only once");
        }
        LOG.info("starting on {}, asking for {}", platforms.stream().map(BotPlatform::id).toList(), needs);
        synchronized (stopLock) {
            running.set(platforms.size());
            for (BotPlatform platform : platforms) {
                LeasedSource source = new LeasedSource(platform.id(), platform.sourceKey(),
                        store -> platform.updateSource(needs, store), checkpoints, leases);
                leased.add(source);
                Thread thread = new Thread(() -> read(platform.id(), source), "switchboard-" + platform.id() + "-updates");
                sources.add(source);
                threads.add(thread);
            }
            threads.forEach(Thread::start);
            adoption.start();
        }
    }

    /** The bot serves webhooks: it beats and adopts orphans, started or not, until stopped. */
    void servingWebhooks() {
        if (state.get() != State.STOPPING && state.get() != State.STOPPED) {
            adoption.start();
        }
    }

    void stop() {
        if (Thread.currentThread() instanceof HandlerThread) {
            Thread stopper = new Thread(this::stop, "switchboard-stop");
            stopper.start();
            return;
        }
        synchronized (stopLock) {
            State was = state.getAndUpdate(s -> s == State.STOPPED ? s : State.STOPPING);
            if (was == State.STOPPED || was == State.STOPPING) {
                return;
            }
            wake.countDown();
            long deadline = System.nanoTime() + shutdownTimeout.toNanos();
            adoption.stopAdopting();
            dispatcher.stopAccepting();
            sources.forEach(this::stopSource);
            for (Thread thread : threads) {
                join(thread, deadline);
            }
            executor.shutdown();
            if (!awaitHandlers(deadline)) {
                LOG.warn("handlers still running after {}; interrupting them", shutdownTimeout);
                executor.shutdownNow();
            }
            answers.answerAllPending(AutoAnswerReason.SHUTDOWN);
            // Beat until the handlers are done, as the poller lease is held: stopping sooner would let
            // another replica adopt and handle again the updates they were still handling.
            adoption.stop();
            leased.forEach(LeasedSource::release);
            scheduler.shutdown();
            leases.shutdown();
            state.set(State.STOPPED);
            LOG.info("stopped");
        }
    }

    private void read(PlatformId platform, UpdateSource source) {
        try {
            source.run(dispatcher::dispatch);
        } catch (RuntimeException e) {
            if (state.get() == State.RUNNING) {
                // One line: the adapters' messages are redacted; the stack trace is for debugging only.
                String reason = (e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage())
                        .replaceAll("\\s*[\\r\\n]+\\s*", " ");
                LOG.error("{} update source failed: {}; {}", platform, reason,
                        running.get() > 1 ? "the bot's other sources go on" : "no update source is left");
                LOG.debug("{} update source failure", platform, e);
                listener.sourceFailed(platform, e);
                failure.compareAndSet(null, new SourceFailedException(platform, e));
            }
        } finally {
            if (running.decrementAndGet() == 0) {
                wake.countDown();
            }
        }
    }

    private void stopSource(UpdateSource source) {
        try {
            source.stop();
        } catch (RuntimeException e) {
            LOG.warn("stopping the {} update source failed", source.platform(), e);
        }
    }

    private void join(Thread thread, long deadline) {
        try {
            thread.join(Math.max(1, TimeUnit.NANOSECONDS.toMillis(deadline - System.nanoTime())));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        if (thread.isAlive()) {
            LOG.warn("{} did not stop in time; interrupting it", thread.getName());
            thread.interrupt();
        }
    }

    private boolean awaitHandlers(long deadline) {
        try {
            return executor.awaitTermination(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** Marks the executor's threads, so that a stop from a handler does not wait for itself. */
    private static final class HandlerThread extends Thread {
        HandlerThread(Runnable task, String name) {
            super(task, name);
        }
    }
}

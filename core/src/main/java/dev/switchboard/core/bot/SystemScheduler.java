package dev.switchboard.core.bot;

import java.time.Duration;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/** {@link Scheduler} on the system clock and a small pool of daemon threads. */
final class SystemScheduler implements Scheduler {
    private static final int THREADS = 2;
    private static final AtomicInteger POOLS = new AtomicInteger();

    private final ScheduledThreadPoolExecutor executor;

    SystemScheduler() {
        int pool = POOLS.incrementAndGet();
        AtomicInteger threads = new AtomicInteger();
        executor = new ScheduledThreadPoolExecutor(THREADS, task -> {
            Thread thread = new Thread(task, "switchboard-deadlines-" + pool + "-" + threads.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
        executor.setRemoveOnCancelPolicy(true);
    }

    @Override
    public long nanoTime() {
        return System.nanoTime();
    }

    @Override
    public Scheduled schedule(Duration delay, Runnable task) {
        ScheduledFuture<?> future = executor.schedule(task, delay.toNanos(), TimeUnit.NANOSECONDS);
        return () -> future.cancel(false);
    }

    @Override
    public void shutdown() {
        executor.shutdownNow();
    }
}

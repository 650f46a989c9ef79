package dev.switchboard.core.bot;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** A {@link Scheduler} whose time moves only by {@link #advance}; due tasks run on the advancing thread. */
final class ManualScheduler implements Scheduler {
    private final List<Task> tasks = new ArrayList<>();
    private long now = 1_000_000_000L;
    private long sequence;
    private boolean shutDown;

    @Override
    public synchronized long nanoTime() {
        return now;
    }

    @Override
    public synchronized Scheduled schedule(Duration delay, Runnable task) {
        Task scheduled = new Task(now + delay.toNanos(), sequence++, task);
        tasks.add(scheduled);
        return () -> {
            synchronized (this) {
                tasks.remove(scheduled);
            }
        };
    }

    @Override
    public synchronized void shutdown() {
        shutDown = true;
        tasks.clear();
    }

    /** Moves time on by {@code duration} and runs what fell due, in order. */
    void advance(Duration duration) {
        long until;
        synchronized (this) {
            until = now + duration.toNanos();
        }
        while (true) {
            Task next;
            synchronized (this) {
                next = tasks.stream().filter(t -> t.due <= until)
                        .min(Comparator.comparingLong(Task::due).thenComparingLong(Task::sequence)).orElse(null);
                if (next == null) {
                    now = until;
                    return;
                }
                tasks.remove(next);
                now = Math.max(now, next.due);
            }
            next.task.run();
        }
    }

    synchronized int pending() {
        return tasks.size();
    }

    synchronized boolean isShutDown() {
        return shutDown;
    }

    private record Task(long due, long sequence, Runnable task) {
    }
}

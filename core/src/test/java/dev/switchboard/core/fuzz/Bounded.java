package dev.switchboard.core.fuzz;

import java.time.Duration;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Runs a call on a worker thread (a stuck one is left behind and a new one used) and fails if it does not finish in time, so a reader that loops
 * forever fails a property instead of hanging the build. The worker is a daemon: a call that never
 * returns cannot keep the JVM alive.
 */
public final class Bounded {
    /** Generous for any one read on a slow shared machine; a hang is forever, not seconds. */
    public static final Duration LIMIT = Duration.ofSeconds(10);

    private static final ExecutorService WORKER = Executors.newCachedThreadPool(r -> {
        Thread thread = new Thread(r, "fuzz-worker");
        thread.setDaemon(true);
        return thread;
    });

    private Bounded() {
    }

    /** A call that may throw anything. */
    @FunctionalInterface
    public interface Call {
        void run() throws Throwable;
    }

    /**
     * Runs {@code call} and returns what it threw, or null if it returned.
     *
     * @throws AssertionError if it runs longer than {@link #LIMIT}
     */
    public static Throwable thrownBy(Call call) {
        Future<Throwable> result = WORKER.submit(() -> {
            try {
                call.run();
                return null;
            } catch (Throwable t) {
                return t;
            }
        });
        try {
            return result.get(LIMIT.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            result.cancel(true);
            throw new AssertionError("did not finish within " + LIMIT, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted", e);
        } catch (ExecutionException e) {
            throw new AssertionError(e.getCause());
        }
    }
}

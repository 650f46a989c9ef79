package dev.switchboard.benchmarks.load;

import static java.util.Objects.requireNonNull;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;

/**
 * A closed loop: every connection sends its next request as soon as the last answer is in, until a
 * phase's time is up or its request budget is spent. Every answer is checked: status 200 and the
 * expected body byte for byte; anything else, or an I/O failure, is a failure and its latency is
 * not counted.
 */
final class ClosedLoop {
    private ClosedLoop() {
    }

    /**
     * What one target is sent and must answer.
     *
     * @param name the row's name
     * @param url where the requests go
     * @param request the body of every request
     * @param expected the body every answer must have
     */
    record Target(String name, URI url, byte[] request, byte[] expected) {
        Target {
            requireNonNull(name, "name");
            requireNonNull(url, "url");
            requireNonNull(request, "request");
            requireNonNull(expected, "expected");
        }
    }

    /**
     * One phase's outcome.
     *
     * @param sent the requests sent (taken from the budget)
     * @param ok answers that were 200 with the expected body
     * @param failures answers that were not, and requests that failed
     * @param latencies the nanoseconds of each good exchange, unsorted
     * @param wallNanos from the start until the last connection stopped
     * @param firstFailure what the first failure was, or empty
     */
    record Phase(long sent, long ok, long failures, long[] latencies, long wallNanos, String firstFailure) {
    }

    /**
     * Runs {@code connections} (one thread of {@code pool} each) against {@code target} for
     * {@code length}, stopping early after {@code maxRequests} requests in all.
     */
    static Phase run(Target target, List<Exchange> connections, ExecutorService pool, Duration length,
            long maxRequests) throws InterruptedException {
        AtomicLong budget = new AtomicLong(maxRequests);
        AtomicLong ok = new AtomicLong();
        AtomicLong failures = new AtomicLong();
        AtomicReference<String> firstFailure = new AtomicReference<>("");
        long start = System.nanoTime();
        long deadline = start + length.toNanos();
        List<Future<long[]>> workers = new ArrayList<>();
        for (Exchange connection : connections) {
            workers.add(pool.submit(() -> {
                long[] latencies = new long[1024];
                int count = 0;
                while (System.nanoTime() < deadline && budget.getAndDecrement() > 0) {
                    long sent = System.nanoTime();
                    String failure;
                    try {
                        Exchange.Answer answer = connection.post(target.request());
                        long took = System.nanoTime() - sent;
                        if (answer.status() == 200 && answer.bodyEquals(target.expected())) {
                            if (count == latencies.length) {
                                latencies = Arrays.copyOf(latencies, count * 2);
                            }
                            latencies[count++] = took;
                            ok.incrementAndGet();
                            continue;
                        }
                        failure = "status " + answer.status() + ", body " + preview(answer);
                    } catch (IOException e) {
                        failure = e.getClass().getSimpleName() + ": " + e.getMessage();
                    }
                    failures.incrementAndGet();
                    firstFailure.compareAndSet("", target.name() + ": " + failure);
                }
                return Arrays.copyOf(latencies, count);
            }));
        }
        List<long[]> all = new ArrayList<>();
        long waitNanos = length.toNanos() + TimeUnit.SECONDS.toNanos(30);
        for (Future<long[]> worker : workers) {
            try {
                all.add(worker.get(Math.max(1, waitNanos - (System.nanoTime() - start)), TimeUnit.NANOSECONDS));
            } catch (ExecutionException | TimeoutException e) {
                throw new IllegalStateException(target.name() + ": a connection did not finish: " + e, e);
            }
        }
        long wall = System.nanoTime() - start;
        long[] latencies = all.stream().flatMapToLong(Arrays::stream).toArray();
        long sent = maxRequests - Math.max(0, budget.get());
        return new Phase(sent, ok.get(), failures.get(), latencies, wall, firstFailure.get());
    }

    private static String preview(Exchange.Answer answer) {
        String text = new String(answer.body(), 0, Math.min(answer.length(), 160), StandardCharsets.UTF_8);
        return "(" + answer.length() + " bytes) " + text.replaceAll("\\s+", " ");
    }
}

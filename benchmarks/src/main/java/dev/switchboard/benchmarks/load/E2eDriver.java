package dev.switchboard.benchmarks.load;

import java.io.IOException;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;

/**
 * Delivers presses to one contender's webhook as the platform does (Telegram, or VK's Callback API:
 * {@link E2eFakeApi} says how): over a fixed number of keep-alive HTTP/1.1 connections, each press
 * POSTed once and delivered again (after {@value #REDELIVERY_MILLIS} ms) only when the answer is not
 * taken as delivered (Telegram: not 200; VK: not 200 {@code ok}). A closed loop sends a connection's next press once the last
 * one is answered and edited (saturation); an open loop sends press {@code k} at {@code start + k /
 * rate} whatever happened before, and its latencies count from that scheduled time, so a stalled
 * contender is not excused by the presses it kept from being sent. Latency ends when the fake API
 * gets the press's answer.
 */
final class E2eDriver {
    static final int REDELIVERY_MILLIS = 50;
    private static final Duration STRAGGLERS = Duration.ofSeconds(15);

    /** The contender's webhook, or null for a contender on long polling (presses go to the fake's queue). */
    private final URI webhook;
    private final E2eFakeApi api;
    private final AtomicInteger next;
    private final int chats;

    /**
     * A driver for the contender at {@code webhook} (null: on long polling); press numbers come from {@code next}, which
     * lives as long as the contender (its presses never repeat an id).
     */
    E2eDriver(URI webhook, E2eFakeApi api, AtomicInteger next, int chats) {
        this.webhook = webhook;
        this.api = api;
        this.next = next;
        this.chats = chats;
    }

    /**
     * One phase's outcome.
     *
     * @param presses presses sent
     * @param redeliveries webhook deliveries that were not answered 200 and were made again
     * @param latencies nanoseconds from sending (or the scheduled time) to the answer, per press, sorted
     * @param wallNanos from the first send until the last press was answered and edited
     * @param check the equivalence check
     * @param strays API calls about no press of the phase
     */
    record Phase(int presses, long redeliveries, long[] latencies, long wallNanos, E2eLedger.Check check,
            long strays) {
        /** Presses answered and edited a second. */
        double perSecond() {
            return presses / (wallNanos / 1e9);
        }

        /** The {@code q} quantile of the latencies, in milliseconds. */
        double millis(double q) {
            if (latencies.length == 0) {
                return Double.NaN;
            }
            int index = (int) Math.ceil(q * latencies.length) - 1;
            return latencies[Math.max(0, Math.min(latencies.length - 1, index))] / 1e6;
        }

        /** Whether every press was answered and edited exactly once, and nothing else was called. */
        boolean valid() {
            return check.valid() && strays == 0;
        }
    }

    /**
     * Sends one press and waits (at most {@code limit}) until it is answered and edited; returns
     * the nanoTime its answer arrived.
     */
    long one(Duration limit) throws IOException, InterruptedException {
        int i = next.getAndIncrement();
        E2eLedger ledger = api.open(i, 1, chats);
        CompletableFuture<Void> done = ledger.waiter(i);
        long deadline = System.nanoTime() + limit.toNanos();
        if (webhook == null) {
            api.enqueue(i);
            try {
                done.get(limit.toNanos(), TimeUnit.NANOSECONDS);
            } catch (ExecutionException | TimeoutException e) {
                throw new IOException("the first press was not answered and edited within " + limit, e);
            }
            return ledger.answeredAt(i);
        }
        try (SocketExchange connection = connect()) {
            while (true) {
                try {
                    if (api.delivered(connection.post(api.press(i, chats)))) {
                        break;
                    }
                } catch (IOException e) {
                    // not up yet: the webhook is delivered again
                }
                if (System.nanoTime() > deadline) {
                    throw new IOException("no webhook answered 200 within " + limit);
                }
                Thread.sleep(REDELIVERY_MILLIS);
            }
            done.get(Math.max(1, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
        } catch (ExecutionException | TimeoutException e) {
            throw new IOException("the first press was not answered and edited within " + limit, e);
        }
        return ledger.answeredAt(i);
    }

    /** A closed loop of {@code connections} for {@code length}, at most {@code maxPresses} presses. */
    Phase closed(int connections, Duration length, int maxPresses) throws InterruptedException {
        int from = next.get();
        E2eLedger ledger = api.open(from, maxPresses, chats);
        long strays = api.strays();
        long[] sentAt = new long[maxPresses];
        AtomicInteger budget = new AtomicInteger(maxPresses);
        AtomicLong redeliveries = new AtomicLong();
        long start = System.nanoTime();
        long deadline = start + length.toNanos();
        ExecutorService pool = Executors.newFixedThreadPool(connections);
        List<Future<?>> workers = new ArrayList<>();
        for (int c = 0; c < connections; c++) {
            workers.add(pool.submit(() -> {
                try (SocketExchange connection = connect()) {
                    while (System.nanoTime() < deadline && budget.getAndDecrement() > 0) {
                        int i = next.getAndIncrement();
                        CompletableFuture<Void> done = ledger.waiter(i);
                        sentAt[i - from] = System.nanoTime();
                        if (!deliver(connection, i, redeliveries)) {
                            break;
                        }
                        try {
                            done.get(STRAGGLERS.toSeconds(), TimeUnit.SECONDS);
                        } catch (TimeoutException e) {
                            break; // a lost press: the check counts it, this connection stops
                        }
                    }
                }
                return null;
            }));
        }
        awaitAll(pool, workers, length.plus(STRAGGLERS).plusSeconds(5));
        long wall = System.nanoTime() - start;
        int sent = next.get() - from;
        return finish(ledger, sent, sentAt, redeliveries.get(), wall, strays);
    }

    /**
     * An open loop: {@code rate} presses a second for {@code length} over {@code connections}, at
     * most {@code maxPresses} presses.
     */
    Phase open(int connections, double rate, Duration length, int maxPresses) throws InterruptedException {
        int count = (int) Math.max(1, Math.min(maxPresses, Math.round(rate * length.toNanos() / 1e9)));
        int from = next.get();
        next.addAndGet(count);
        E2eLedger ledger = api.open(from, count, chats);
        long strays = api.strays();
        long[] scheduled = new long[count];
        AtomicInteger slot = new AtomicInteger();
        AtomicLong redeliveries = new AtomicLong();
        double period = 1e9 / rate;
        long start = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(20);
        ExecutorService pool = Executors.newFixedThreadPool(connections);
        List<Future<?>> workers = new ArrayList<>();
        for (int c = 0; c < connections; c++) {
            workers.add(pool.submit(() -> {
                try (SocketExchange connection = connect()) {
                    for (int k; (k = slot.getAndIncrement()) < count; ) {
                        long at = start + (long) (k * period);
                        scheduled[k] = at;
                        for (long wait; (wait = at - System.nanoTime()) > 0; ) {
                            LockSupport.parkNanos(wait);
                        }
                        deliver(connection, from + k, redeliveries);
                    }
                }
                return null;
            }));
        }
        awaitAll(pool, workers, length.plus(STRAGGLERS).plusSeconds(5));
        long until = System.nanoTime() + STRAGGLERS.toNanos();
        while (!ledger.allDone() && System.nanoTime() < until) {
            Thread.sleep(10);
        }
        long wall = System.nanoTime() - start;
        return finish(ledger, count, scheduled, redeliveries.get(), wall, strays);
    }

    private Phase finish(E2eLedger ledger, int sent, long[] sentAt, long redeliveries, long wall,
            long straysBefore) {
        long[] latencies = new long[sent];
        int n = 0;
        long last = 0;
        for (int k = 0; k < sent; k++) {
            long answered = ledger.answeredAt(ledger.from() + k);
            if (answered != 0) {
                latencies[n++] = answered - sentAt[k];
                last = Math.max(last, answered);
            }
        }
        latencies = Arrays.copyOf(latencies, n);
        Arrays.sort(latencies);
        E2eLedger.Check all = ledger.check();
        // Presses the budget reserved but no connection sent are not part of the phase.
        int unsent = ledger.count() - sent;
        E2eLedger.Check check = new E2eLedger.Check(sent, all.unanswered() - unsent,
                all.repeatedAnswers(), all.unedited() - unsent, all.editedTwice(), all.wrongTexts());
        return new Phase(sent, redeliveries, latencies, wall, check, api.strays() - straysBefore);
    }

    /**
     * POSTs press {@code i} until the webhook answers 200, as Telegram delivers again after an error;
     * false if it never did within {@link #STRAGGLERS}.
     */
    private boolean deliver(SocketExchange connection, int i, AtomicLong redeliveries) throws InterruptedException {
        if (connection == null) {
            api.enqueue(i);
            return true;
        }
        byte[] body = api.press(i, chats);
        long deadline = System.nanoTime() + STRAGGLERS.toNanos();
        while (true) {
            try {
                if (api.delivered(connection.post(body))) {
                    return true;
                }
            } catch (IOException e) {
                // the connection is closed and opened again on the next post
            }
            if (System.nanoTime() > deadline) {
                return false;
            }
            redeliveries.incrementAndGet();
            Thread.sleep(REDELIVERY_MILLIS);
        }
    }

    /** A webhook connection, or null on long polling. */
    private SocketExchange connect() {
        if (webhook == null) {
            return null;
        }
        return new SocketExchange(webhook, api.pushHeaders());
    }

    private static void awaitAll(ExecutorService pool, List<Future<?>> workers, Duration limit)
            throws InterruptedException {
        long deadline = System.nanoTime() + limit.toNanos();
        try {
            for (Future<?> worker : workers) {
                worker.get(Math.max(1, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
            }
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("a connection did not finish: " + e, e);
        } finally {
            pool.shutdownNow();
        }
    }
}

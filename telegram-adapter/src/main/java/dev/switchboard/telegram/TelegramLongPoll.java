package dev.switchboard.telegram;

import static com.google.common.base.Preconditions.checkNotNull;
import static com.google.common.base.Preconditions.checkState;

import com.google.common.primitives.Longs;
import dev.switchboard.core.PlatformId;
import dev.switchboard.core.TransportException;
import dev.switchboard.core.bot.UpdateNeeds;
import dev.switchboard.core.event.SkippedUpdate;
import dev.switchboard.core.event.Update;
import dev.switchboard.core.event.UpdateBatch;
import dev.switchboard.core.event.UpdateKind;
import dev.switchboard.core.event.UpdateParseException;
import dev.switchboard.core.spi.SourceCheckpoint;
import dev.switchboard.core.spi.UpdateRefusedException;
import dev.switchboard.core.spi.UpdateSink;
import dev.switchboard.core.spi.UpdateSource;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Long polling with {@code getUpdates}. The offset moves past an update only after the sink
 * took it (or threw, which is reported and not retried, so a poison update cannot block the
 * bot); skipped updates are reported and moved past. A sink that refuses an update
 * ({@link UpdateRefusedException}) keeps the offset before it: on {@code STOPPING} polling ends, on
 * {@code SATURATED} it pauses and fetches the update again. The offset starts from the source's
 * checkpoint when there is one and is saved there after each batch. Network errors, 5xx and 429
 * back off and resume until {@link #stop()}; 409 (another poller or a webhook) and other 4xx end
 * {@link #run} with a {@link TelegramApiException}. On stop, a last short {@code getUpdates}
 * confirms the updates already handed over, retried for up to {@value #CONFIRM_BUDGET_SECONDS}
 * seconds, so a restart does not deliver them again (and if it fails, the checkpoint still says
 * where to resume). One-shot: after {@code run} returns, the source is done.
 */
final class TelegramLongPoll implements UpdateSource {
    static final int MAX_TIMEOUT_SECONDS = 50;
    static final int LIMIT = 100;
    private static final Duration HTTP_GRACE = Duration.ofSeconds(10);
    static final int CONFIRM_BUDGET_SECONDS = 5;
    private static final Duration CONFIRM_TIMEOUT = Duration.ofSeconds(2);
    private static final Duration CONFIRM_PAUSE = Duration.ofMillis(200);
    private static final Duration SATURATED_PAUSE = Duration.ofMillis(100);
    private static final String METHOD = "getUpdates";
    private static final int CONFLICT = 409;
    private static final int TOO_MANY_REQUESTS = 429;
    private static final int SERVER_ERROR = 500;
    private static final Logger LOG = LoggerFactory.getLogger(TelegramLongPoll.class);

    private final TelegramClient client;
    private final int timeoutSeconds;
    private final Optional<List<String>> allowedUpdates;
    private final SourceCheckpoint checkpoint;
    private final CountDownLatch stopped = new CountDownLatch(1);
    private final AtomicBoolean started = new AtomicBoolean();
    private final AtomicReference<CompletableFuture<?>> inFlight = new AtomicReference<>();
    /** The next update id wanted; touched only by the thread in {@link #run}. */
    private long offset;
    /** The offset Telegram was last told; touched only by the thread in {@link #run}. */
    private long confirmed;

    TelegramLongPoll(TelegramClient client, int timeoutSeconds, Optional<List<String>> allowedUpdates,
                     SourceCheckpoint checkpoint) {
        this.client = checkNotNull(client, "client");
        this.timeoutSeconds = Math.max(0, Math.min(MAX_TIMEOUT_SECONDS, timeoutSeconds));
        this.allowedUpdates = checkNotNull(allowedUpdates, "allowedUpdates").map(List::copyOf);
        this.checkpoint = checkNotNull(checkpoint, "checkpoint");
    }

    @Override
    public PlatformId platform() {
        return PlatformId.TELEGRAM;
    }

    @Override
    public void run(UpdateSink sink) {
        checkNotNull(sink, "sink");
        checkState(started.compareAndSet(false, true), "this long polling source has already run; make another");
        resume();
        int failures = 0;
        while (!isStopped()) {
            HttpResponse<byte[]> response;
            try {
                response = poll(timeoutSeconds, LIMIT);
            } catch (IOException e) {
                TelegramIoFailure error = client.redacted(e);
                failures++;
                if (!pause(client.retryPolicy().backoff(failures), failures, error.toString())) {
                    break;
                }
                continue;
            }
            if (response == null) {
                break;
            }
            Optional<UpdateBatch> batch = read(response, failures + 1);
            if (batch.isEmpty()) {
                failures++;
                continue;
            }
            long before = offset;
            boolean refused = !deliver(batch.get(), sink);
            checkpoint.save(Long.toString(offset));
            if (refused) {
                if (!isStopped()) {
                    pause(SATURATED_PAUSE);
                }
                continue;
            }
            if (offset > before || batch.get().skipped().isEmpty()) {
                failures = 0;
            } else if (!isStopped()) {
                // Only unreadable updates without ids: nothing to move past, so do not spin on them.
                failures++;
                pause(client.retryPolicy().backoff(failures), failures, "a batch of unreadable updates without ids");
            }
        }
        checkpoint.save(Long.toString(offset));
        confirm();
    }

    /** Starts from the checkpoint, if one was saved. */
    private void resume() {
        Optional<Long> saved = checkpoint.load().map(Longs::tryParse);
        if (saved.isPresent() && saved.get() > 0) {
            offset = saved.get();
            LOG.info("Telegram long polling resumes at offset {}", offset);
        }
    }

    @Override
    public void stop() {
        stopped.countDown();
        CompletableFuture<?> poll = inFlight.get();
        if (poll != null) {
            poll.cancel(true);
        }
    }

    @Override
    public String toString() {
        return "TelegramLongPoll[timeout=" + timeoutSeconds + "s, client=" + client + "]";
    }

    /** The answer to one {@code getUpdates}, or null when stopped meanwhile. */
    private HttpResponse<byte[]> poll(int timeout, int limit) throws IOException {
        Duration httpTimeout = Duration.ofSeconds(timeout).plus(HTTP_GRACE);
        long asked = offset;
        CompletableFuture<HttpResponse<byte[]>> future = client.sendAsync(METHOD,
                TelegramRequests.getUpdates(offset, limit, timeout, allowedUpdates), httpTimeout);
        inFlight.set(future);
        try {
            if (isStopped()) {
                future.cancel(true);
                return null;
            }
            HttpResponse<byte[]> response = future.get(httpTimeout.toMillis(), TimeUnit.MILLISECONDS);
            confirmed = asked;
            return response;
        } catch (CancellationException e) {
            if (isStopped()) {
                return null;
            }
            throw new HttpTimeoutException("getUpdates was cancelled");
        } catch (TimeoutException e) {
            future.cancel(true);
            throw new HttpTimeoutException("no answer to getUpdates within " + httpTimeout.toMillis() + " ms");
        } catch (InterruptedException e) {
            future.cancel(true);
            Thread.currentThread().interrupt();
            stop();
            return null;
        } catch (ExecutionException e) {
            if (isStopped()) {
                // stop() cancelled the exchange; how the JDK reports that varies, and none of it is a failure.
                return null;
            }
            if (e.getCause() instanceof IOException io) {
                throw io;
            }
            TelegramIoFailure copy = client.redacted(e.getCause());
            throw new TransportException(PlatformId.TELEGRAM, METHOD, 1, "request failed: " + copy, copy);
        } finally {
            inFlight.set(null);
        }
    }

    /**
     * The updates in a 200 answer; for an error answer, waits as the error asks and returns
     * empty, or throws when polling cannot go on.
     */
    private Optional<UpdateBatch> read(HttpResponse<byte[]> response, int failure) {
        int status = response.statusCode();
        if (status == 200) {
            try {
                return Optional.of(TelegramUpdateReader.INSTANCE.readBatch(response.body()));
            } catch (UpdateParseException e) {
                pause(client.retryPolicy().backoff(failure), failure,
                        "unreadable answer: " + client.redact(e.getMessage()));
                return Optional.empty();
            }
        }
        TelegramReply answer = TelegramReply.read(status, response.body());
        if (answer.errorCode() == CONFLICT || status == CONFLICT) {
            throw client.apiError(METHOD, answer, failure).withHint("another getUpdates poller or a webhook is"
                    + " active for this bot: stop the other instance, or call deleteWebhook first");
        }
        Duration wait;
        if (status == TOO_MANY_REQUESTS && answer.retryAfterSeconds().isPresent()) {
            wait = Duration.ofSeconds(answer.retryAfterSeconds().getAsLong());
        } else if (status == TOO_MANY_REQUESTS || status >= SERVER_ERROR) {
            wait = client.retryPolicy().backoff(failure);
        } else {
            throw client.apiError(METHOD, answer, failure);
        }
        pause(wait, failure, client.summary(answer));
        return Optional.empty();
    }

    /**
     * Hands the batch over in order, moving the offset past each update once it is taken; false when
     * the sink refused one (the offset stays before it).
     */
    private boolean deliver(UpdateBatch batch, UpdateSink sink) {
        Map<Integer, SkippedUpdate> skippedAt = new HashMap<>();
        long highest = -1;
        for (SkippedUpdate skipped : batch.skipped()) {
            skippedAt.put(skipped.position(), skipped);
            highest = Math.max(highest, idOf(skipped.updateId()));
        }
        for (Update update : batch.updates()) {
            highest = Math.max(highest, idOf(update.updateId()));
        }
        boolean unknownSkipped = false;
        Iterator<Update> updates = batch.updates().iterator();
        int total = batch.updates().size() + batch.skipped().size();
        for (int position = 0; position < total; position++) {
            if (isStopped()) {
                return true;
            }
            SkippedUpdate skipped = skippedAt.get(position);
            if (skipped != null) {
                LOG.warn("Telegram update {} skipped: {}", skipped.updateId().orElse("at position " + position),
                        client.redact(skipped.error().getMessage()));
                client.listener().updateSkipped(PlatformId.TELEGRAM, skipped);
                unknownSkipped |= idOf(skipped.updateId()) < 0;
                advancePast(idOf(skipped.updateId()));
                continue;
            }
            Update update = updates.next();
            try {
                sink.accept(update);
            } catch (UpdateRefusedException e) {
                LOG.debug("Telegram update {} not taken ({}); offset kept at {}", update.updateId().orElse("?"),
                        e.reason(), offset);
                if (e.reason() == UpdateRefusedException.Reason.STOPPING) {
                    stopped.countDown();
                }
                return false;
            } catch (RuntimeException e) {
                LOG.error("Telegram update {} failed in the sink; going on", update.updateId().orElse("?"), e);
                client.listener().updateFailed(update, e);
            }
            advancePast(idOf(update.updateId()));
        }
        if (unknownSkipped) {
            advancePast(highest);
        }
        return true;
    }

    /**
     * Tells Telegram the updates handed over since the last poll are done, retrying network
     * failures, 5xx and 429 for up to {@value #CONFIRM_BUDGET_SECONDS} seconds; a failure is only
     * logged (the checkpoint still holds the offset).
     */
    private void confirm() {
        if (offset <= confirmed) {
            return;
        }
        long wanted = offset;
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(CONFIRM_BUDGET_SECONDS);
        boolean interrupted = Thread.interrupted();
        try {
            for (int attempt = 1; ; attempt++) {
                String problem;
                try {
                    HttpResponse<byte[]> response = client.sendAsync(METHOD,
                                    TelegramRequests.getUpdates(wanted, 1, 0, allowedUpdates), CONFIRM_TIMEOUT)
                            .get(CONFIRM_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
                    int status = response.statusCode();
                    if (status == 200) {
                        confirmed = wanted;
                        return;
                    }
                    problem = "HTTP " + status;
                    if (status != TOO_MANY_REQUESTS && status < SERVER_ERROR) {
                        LOG.warn("could not confirm Telegram updates below offset {} ({}); the checkpoint resumes"
                                + " there", wanted, problem);
                        return;
                    }
                } catch (InterruptedException e) {
                    interrupted = true;
                    problem = "interrupted";
                } catch (ExecutionException | TimeoutException | CancellationException e) {
                    problem = client.redacted(e instanceof ExecutionException ? e.getCause() : e).toString();
                }
                if (System.nanoTime() + CONFIRM_PAUSE.toNanos() >= deadline) {
                    LOG.warn("could not confirm Telegram updates below offset {} after {} attempts ({}); the"
                            + " checkpoint resumes there", wanted, attempt, problem);
                    return;
                }
                LOG.debug("confirming Telegram updates below offset {} failed ({}); trying again", wanted, problem);
                sleepQuietly(CONFIRM_PAUSE);
            }
        } finally {
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
        }
    }

    private static void sleepQuietly(Duration pause) {
        try {
            Thread.sleep(pause.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void advancePast(long updateId) {
        if (updateId >= 0) {
            offset = Math.max(offset, updateId + 1);
        }
    }

    private static long idOf(Optional<String> updateId) {
        Long id = updateId.map(Longs::tryParse).orElse(null);
        return id == null ? -1 : id;
    }

    /** Waits {@code delay} for the handlers to take work again, unless stopped first. */
    private void pause(Duration delay) {
        try {
            stopped.await(delay.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            stop();
        }
    }

    /** Waits {@code delay} unless stopped first; false when stopped. */
    private boolean pause(Duration delay, int failure, String reason) {
        client.listener().retrying(LOG, PlatformId.TELEGRAM, METHOD, failure, delay, reason);
        try {
            return !stopped.await(delay.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            stop();
            return false;
        }
    }

    private boolean isStopped() {
        return stopped.getCount() == 0;
    }

    /** The {@code allowed_updates} that {@code needs} asks for, in a fixed order. */
    static List<String> allowedUpdates(UpdateNeeds needs) {
        List<String> types = new ArrayList<>(4);
        if (needs.kinds().contains(UpdateKind.MESSAGE) || needs.kinds().contains(UpdateKind.CHAT_MIGRATED)) {
            types.add("message");
        }
        if (needs.kinds().contains(UpdateKind.BUTTON_PRESS)) {
            types.add("callback_query");
        }
        if (needs.kinds().contains(UpdateKind.MEMBERSHIP)) {
            types.add("my_chat_member");
            if (needs.otherMembers()) {
                types.add("chat_member");
            }
        }
        return List.copyOf(types);
    }
}

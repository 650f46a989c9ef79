package dev.switchboard.core.spi;

import static com.google.common.base.Preconditions.checkNotNull;

import dev.switchboard.core.PlatformApiException;
import dev.switchboard.core.PlatformId;
import dev.switchboard.core.TransportException;
import dev.switchboard.core.answer.PressAnswer;
import dev.switchboard.core.bot.ApiCallOutcome;
import dev.switchboard.core.bot.AutoAnswerReason;
import dev.switchboard.core.bot.SwitchboardListener;
import dev.switchboard.core.event.ButtonPress;
import dev.switchboard.core.event.ChatMigrated;
import dev.switchboard.core.event.SkippedUpdate;
import dev.switchboard.core.event.Update;
import dev.switchboard.core.validate.ValidationReport;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import java.util.function.Predicate;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Several {@link SwitchboardListener}s heard as one. Every call goes to the first listener, then
 * to each one {@linkplain #add added} later, each guarded on its own, so a listener that throws is
 * logged and ignored and never breaks a send, a poll loop, dispatch or the other listeners. The
 * adapters and the bot runtime report through one of these. Thread-safe.
 */
public final class ListenerGroup implements SwitchboardListener {
    private static final Logger LOG = LoggerFactory.getLogger(ListenerGroup.class);
    /** The shape of a retry's log line: platform, method, attempt, reason, delay in ms. */
    static final String RETRY_LOG = "{} {} attempt {} failed ({}); retrying in {} ms";

    private final List<SwitchboardListener> listeners = new CopyOnWriteArrayList<>();

    private ListenerGroup(SwitchboardListener first) {
        listeners.add(checkNotNull(first, "listener"));
    }

    /** A group that starts with {@code first}. */
    public static ListenerGroup of(SwitchboardListener first) {
        return new ListenerGroup(first);
    }

    /** Makes {@code listener} hear every later call too, after those already in the group. */
    public void add(SwitchboardListener listener) {
        listeners.add(checkNotNull(listener, "listener"));
    }

    @Override
    public void updateSkipped(PlatformId platform, SkippedUpdate skipped) {
        each("updateSkipped", l -> l.updateSkipped(platform, skipped));
    }

    @Override
    public void updateFailed(Update update, RuntimeException error) {
        each("updateFailed", l -> l.updateFailed(update, error));
    }

    @Override
    public void retrying(PlatformId platform, String method, int attempt, Duration delay, String reason) {
        each("retrying", l -> l.retrying(platform, method, attempt, delay, reason));
    }

    /**
     * Logs a retry on {@code log} at WARN in the one shape every adapter uses, {@code Telegram sendMessage attempt
     * 1 failed (429 Too Many Requests); retrying in 3000 ms}, then reports it as {@link #retrying(PlatformId,
     * String, int, Duration, String)} does. {@code reason} must hold no token: it is logged as given.
     */
    public void retrying(Logger log, PlatformId platform, String method, int attempt, Duration delay, String reason) {
        log.warn(RETRY_LOG, platform.displayName(), method, attempt, reason, delay.toMillis());
        retrying(platform, method, attempt, delay, reason);
    }

    /**
     * Runs one API call of an adapter and reports it with {@link #apiCalled}: its outcome and how long
     * it took. A {@link PlatformApiException} is {@link ApiCallOutcome#RATE_LIMITED} when {@code
     * rateLimited} says so, else {@link ApiCallOutcome#API_ERROR}; a {@link TransportException} is
     * {@link ApiCallOutcome#CANCELLED} when the calling thread was interrupted, else {@link
     * ApiCallOutcome#TRANSPORT_ERROR}; a {@link CancellationException} is {@code CANCELLED}. Whatever
     * {@code call} throws is thrown on.
     */
    public <T> T reportingCall(PlatformId platform, String method, Supplier<T> call,
                               Predicate<PlatformApiException> rateLimited) {
        long started = System.nanoTime();
        ApiCallOutcome outcome = ApiCallOutcome.TRANSPORT_ERROR;
        try {
            T result = call.get();
            outcome = ApiCallOutcome.SUCCESS;
            return result;
        } catch (PlatformApiException e) {
            outcome = rateLimited.test(e) ? ApiCallOutcome.RATE_LIMITED : ApiCallOutcome.API_ERROR;
            throw e;
        } catch (TransportException e) {
            outcome = Thread.currentThread().isInterrupted() ? ApiCallOutcome.CANCELLED
                    : ApiCallOutcome.TRANSPORT_ERROR;
            throw e;
        } catch (CancellationException e) {
            outcome = ApiCallOutcome.CANCELLED;
            throw e;
        } finally {
            apiCalled(platform, method, outcome, Duration.ofNanos(System.nanoTime() - started));
        }
    }

    @Override
    public void chatMigrated(ChatMigrated migrated) {
        each("chatMigrated", l -> l.chatMigrated(migrated));
    }

    @Override
    public void webhookRejected(PlatformId platform, int status, String reason) {
        each("webhookRejected", l -> l.webhookRejected(platform, status, reason));
    }

    @Override
    public void pressAutoAnswered(ButtonPress press, AutoAnswerReason reason) {
        each("pressAutoAnswered", l -> l.pressAutoAnswered(press, reason));
    }

    @Override
    public void payloadRejected(ButtonPress press, String reason) {
        each("payloadRejected", l -> l.payloadRejected(press, reason));
    }

    @Override
    public void lateAnswer(ButtonPress press, PressAnswer ignored) {
        each("lateAnswer", l -> l.lateAnswer(press, ignored));
    }

    @Override
    public void handlerFailed(Update update, Exception error) {
        each("handlerFailed", l -> l.handlerFailed(update, error));
    }

    @Override
    public void handlerRejected(Update update) {
        each("handlerRejected", l -> l.handlerRejected(update));
    }

    @Override
    public void handlersSaturated(int capacity) {
        each("handlersSaturated", l -> l.handlersSaturated(capacity));
    }

    @Override
    public void handlersAvailable(Duration saturatedFor, long refused) {
        each("handlersAvailable", l -> l.handlersAvailable(saturatedFor, refused));
    }

    @Override
    public void updateDuplicate(Update update) {
        each("updateDuplicate", l -> l.updateDuplicate(update));
    }

    @Override
    public void updatesLost(PlatformId platform, String reason) {
        each("updatesLost", l -> l.updatesLost(platform, reason));
    }

    @Override
    public void keyboardDegraded(PlatformId platform, long userId) {
        each("keyboardDegraded", l -> l.keyboardDegraded(platform, userId));
    }

    @Override
    public void sourceFailed(PlatformId platform, RuntimeException error) {
        each("sourceFailed", l -> l.sourceFailed(platform, error));
    }

    @Override
    public void updateReceived(Update update) {
        each("updateReceived", l -> l.updateReceived(update));
    }

    @Override
    public void handlerFinished(Update update, Duration took, boolean failed) {
        each("handlerFinished", l -> l.handlerFinished(update, took, failed));
    }

    @Override
    public void pressAnswered(ButtonPress press, PressAnswer answer, Duration latency) {
        each("pressAnswered", l -> l.pressAnswered(press, answer, latency));
    }

    @Override
    public void apiCalled(PlatformId platform, String method, ApiCallOutcome outcome, Duration took) {
        each("apiCalled", l -> l.apiCalled(platform, method, outcome, took));
    }

    @Override
    public void rateLimited(PlatformId platform, String method) {
        each("rateLimited", l -> l.rateLimited(platform, method));
    }

    @Override
    public void rateLimitWaited(PlatformId platform, String method, Duration waited) {
        each("rateLimitWaited", l -> l.rateLimitWaited(platform, method, waited));
    }

    @Override
    public void keyboardRejected(PlatformId platform, ValidationReport report) {
        each("keyboardRejected", l -> l.keyboardRejected(platform, report));
    }

    private void each(String hook, Consumer<SwitchboardListener> call) {
        for (SwitchboardListener listener : listeners) {
            try {
                call.accept(listener);
            } catch (RuntimeException e) {
                LOG.warn("SwitchboardListener.{} threw; ignored", hook, e);
            }
        }
    }
}

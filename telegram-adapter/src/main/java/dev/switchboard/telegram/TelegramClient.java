package dev.switchboard.telegram;

import static com.google.common.base.Preconditions.checkNotNull;

import com.fasterxml.jackson.databind.JsonNode;
import com.google.common.cache.Cache;
import com.google.common.cache.CacheBuilder;
import dev.switchboard.core.PlatformId;
import dev.switchboard.core.TransportException;
import dev.switchboard.core.spi.ListenerGroup;
import dev.switchboard.core.spi.RateLimit;
import dev.switchboard.core.spi.Redaction;
import dev.switchboard.core.spi.SendLimits;
import dev.switchboard.core.transport.ApiHttp;
import dev.switchboard.core.transport.ApiResponse;
import dev.switchboard.core.transport.RetryPolicy;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Calls Bot API methods: {@code POST {apiUrl}/bot{token}/{method}} with a JSON body, through
 * the rate limits, with retries: a 429 waits {@code retry_after} (failing at once when that is
 * longer than the policy allows) and halts the bot's message sends for as long, on every replica
 * sharing the limits, 5xx answers and I/O failures back off, other 4xx fail at
 * once. Each call is reported to the listener once with its outcome and duration, each 429 and
 * each wait for the rate limits as it happens. Every message, log line and exception it produces
 * has the token redacted, I/O causes included. Thread-safe.
 */
final class TelegramClient {
    private static final Logger LOG = LoggerFactory.getLogger(TelegramClient.class);
    private static final int TOO_MANY_REQUESTS = 429;
    private static final int SERVER_ERROR = 500;
    private static final String JSON = "application/json";

    private final String apiUrl;
    private final String token;
    private final ApiHttp calls;
    private final Supplier<HttpClient> polls;
    private final Duration requestTimeout;
    private final RetryPolicy retry;
    private final Optional<TelegramRateLimits> limits;
    private final ListenerGroup listener;
    /** Method URLs by method name: a few dozen, named in code; bounded all the same. */
    private final Cache<String, URI> methodUris = CacheBuilder.newBuilder().maximumSize(256).build();

    /**
     * @param calls sends every call but the long poll
     * @param polls the JDK client of the long poll, whose request another thread must be able to cancel
     */
    TelegramClient(URI apiUrl, String token, ApiHttp calls, Supplier<HttpClient> polls, Duration requestTimeout,
                   RetryPolicy retry, Optional<TelegramRateLimits> limits, ListenerGroup listener) {
        String base = checkNotNull(apiUrl, "apiUrl").toString();
        this.apiUrl = base.endsWith("/") ? base.substring(0, base.length() - 1) : base;
        this.token = checkNotNull(token, "token");
        this.calls = checkNotNull(calls, "calls");
        this.polls = checkNotNull(polls, "polls");
        this.requestTimeout = checkNotNull(requestTimeout, "requestTimeout");
        this.retry = checkNotNull(retry, "retry");
        this.limits = checkNotNull(limits, "limits");
        this.listener = checkNotNull(listener, "listener");
    }

    /** Who the bot is: {@code getMe}, read into a {@link TelegramPlatform.BotInfo}. */
    TelegramPlatform.BotInfo getMe() {
        JsonNode me = call("getMe", TelegramRequests.empty(), OptionalLong.empty());
        if (!me.path("id").canConvertToLong() || !me.path("id").isIntegralNumber()) {
            throw new TransportException(PlatformId.TELEGRAM, "getMe", 1, "unreadable response: the result has no id",
                    null);
        }
        return new TelegramPlatform.BotInfo(me.get("id").longValue(), me.path("username").asText(""),
                me.path("first_name").asText(""));
    }

    /**
     * Calls {@code method} with retries and returns its {@code result}.
     *
     * @param chatId the chat a message method writes to, for the per-chat rate limits
     * @throws TelegramApiException when Telegram (or a proxy) answers with an error
     * @throws TransportException when no answer could be had, or it was not the Bot API's envelope
     */
    JsonNode call(String method, byte[] body, OptionalLong chatId) {
        return reported(method, () -> attempts(method, body, chatId));
    }

    private JsonNode attempts(String method, byte[] body, OptionalLong chatId) {
        for (int attempt = 1; ; attempt++) {
            awaitLimits(method, chatId, attempt);
            TelegramReply response;
            try {
                response = exchange(method, body, requestTimeout, attempt);
            } catch (IOException e) {
                TelegramIoFailure cause = redacted(e);
                if (attempt >= retry.maxAttempts()) {
                    throw new TransportException(PlatformId.TELEGRAM, method, attempt, cause.toString(), cause);
                }
                pause(method, attempt, retry.backoff(attempt), cause.toString());
                continue;
            }
            if (response.status() / 100 == 2 && response.ok()) {
                return response.result();
            }
            if (response.status() / 100 == 2 && response.envelope().isEmpty()) {
                throw new TransportException(PlatformId.TELEGRAM, method, attempt,
                        "unreadable response: " + response.description(token), null);
            }
            haltOnTooManyRequests(response);
            Optional<Duration> wait = retryDelay(response, attempt);
            if (wait.isEmpty() || attempt >= retry.maxAttempts()) {
                throw apiError(method, response, attempt);
            }
            pause(method, attempt, wait.get(), summary(response));
        }
    }

    /**
     * Calls a method that Telegram applies at most once ({@code answerCallbackQuery}: a second
     * answer to a press is refused). Unlike {@link #call}, an attempt whose outcome is unknown (an
     * I/O failure, a 5xx page, a 2xx that is not the Bot API's envelope) is retried, since a resend
     * cannot apply twice, within {@link RetryPolicy#resendAttempts()} (waits capped at 1 s) and only while {@code retryUntilNanos}
     * ({@link System#nanoTime()}) has not passed. An error that {@code alreadyApplied} recognises
     * on such a retry means an earlier attempt got through, and counts as success; on a first
     * attempt, or after attempts that were all refused (429), it is a real failure.
     *
     * @return true when an attempt was accepted, false when an earlier unknown attempt was
     * @throws TelegramApiException when Telegram answers an error that is not retried
     * @throws TransportException when no answer could be had before the bound
     */
    boolean callAtMostOnce(String method, byte[] body, long retryUntilNanos,
                           Predicate<TelegramApiException> alreadyApplied) {
        return reported(method, () -> attemptsAtMostOnce(method, body, retryUntilNanos, alreadyApplied));
    }

    private boolean attemptsAtMostOnce(String method, byte[] body, long retryUntilNanos,
                                       Predicate<TelegramApiException> alreadyApplied) {
        boolean unknown = false;
        for (int attempt = 1; ; attempt++) {
            awaitLimits(method, OptionalLong.empty(), attempt);
            RuntimeException failure;
            Duration wait;
            String reason;
            try {
                TelegramReply response = exchange(method, body, requestTimeout, attempt);
                if (response.status() / 100 == 2 && response.ok()) {
                    return true;
                }
                if (response.status() / 100 == 2 && response.envelope().isEmpty()) {
                    reason = "unreadable response: " + redact(response.description());
                    failure = new TransportException(PlatformId.TELEGRAM, method, attempt, reason, null);
                    wait = retry.resendBackoff(attempt);
                    unknown = true;
                } else {
                    TelegramApiException error = apiError(method, response, attempt);
                    if (unknown && alreadyApplied.test(error)) {
                        LOG.debug("Telegram {} attempt {}: {}; an earlier attempt got through", method, attempt,
                                error.description());
                        return false;
                    }
                    haltOnTooManyRequests(response);
                    Optional<Duration> delay = retryDelay(response, attempt);
                    if (delay.isEmpty()) {
                        throw error;
                    }
                    boolean serverError = response.status() >= SERVER_ERROR;
                    unknown |= serverError;
                    failure = error;
                    wait = serverError ? retry.resendBackoff(attempt) : delay.get();
                    reason = summary(response);
                }
            } catch (IOException e) {
                TelegramIoFailure cause = redacted(e);
                reason = cause.toString();
                failure = new TransportException(PlatformId.TELEGRAM, method, attempt, reason, cause);
                wait = retry.resendBackoff(attempt);
                unknown = true;
            }
            if (attempt >= retry.resendAttempts() || System.nanoTime() + wait.toNanos() - retryUntilNanos > 0) {
                throw failure;
            }
            pause(method, attempt, wait, reason);
        }
    }

    /**
     * One request without retries or rate limits, for the long poller, which retries on its own
     * terms and must be able to cancel a poll in flight.
     */
    CompletableFuture<HttpResponse<byte[]>> sendAsync(String method, byte[] body, Duration timeout) {
        HttpRequest request = HttpRequest.newBuilder(uri(method))
                .timeout(timeout)
                .header("Content-Type", JSON)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body))
                .build();
        return polls.get().sendAsync(request, HttpResponse.BodyHandlers.ofByteArray());
    }

    /** The error a failed answer stands for, token redacted. */
    TelegramApiException apiError(String method, TelegramReply response, int attempts) {
        OptionalLong seconds = response.retryAfterSeconds();
        return new TelegramApiException(method, response.errorCode(), response.description(token),
                seconds.isPresent() ? Optional.of(Duration.ofSeconds(seconds.getAsLong())) : Optional.empty(),
                attempts, response.migrateToChatId(), null, redact(response.body()));
    }

    /** {@code text} without the token. */
    /** One line about {@code response} for logs, redacted before it is cut. */
    String summary(TelegramReply response) {
        return response.summary(token);
    }

    String redact(String text) {
        return Redaction.redact(text, token);
    }

    /** A copy of {@code error} without the token in its message or causes. */
    TelegramIoFailure redacted(Throwable error) {
        return TelegramIoFailure.of(error, token);
    }

    /** From now on, the rate limits and halts count in {@code shared}; nothing when rate limits are off. */
    void share(SendLimits shared) {
        checkNotNull(shared, "shared");
        limits.ifPresent(l -> l.share(shared));
    }

    RetryPolicy retryPolicy() {
        return retry;
    }

    ListenerGroup listener() {
        return listener;
    }

    @Override
    public String toString() {
        return "TelegramClient[apiUrl=" + redact(apiUrl) + "]";
    }

    /**
     * How long to wait before retrying after {@code response}, or empty when it must not be
     * retried: 429 waits {@code retry_after} if the policy allows that long (else it fails at
     * once, carrying retry_after), 429 without it and 5xx back off.
     */
    private Optional<Duration> retryDelay(TelegramReply response, int attempt) {
        int status = response.status();
        if (status == TOO_MANY_REQUESTS && response.retryAfterSeconds().isPresent()) {
            Duration wait = Duration.ofSeconds(response.retryAfterSeconds().getAsLong());
            return wait.compareTo(retry.maxRetryAfter()) > 0 ? Optional.empty() : Optional.of(wait);
        }
        if (status == TOO_MANY_REQUESTS || status >= SERVER_ERROR) {
            return Optional.of(retry.backoff(attempt));
        }
        return Optional.empty();
    }

    /**
     * Waits until the rate limits let {@code method} to {@code chatId} go. A wait longer than the
     * rates alone ask and than {@link RetryPolicy#maxRetryAfter()} is a halt that some sender's 429
     * set: it fails at once as that 429 would, carrying the halt as its retry_after.
     */
    private void awaitLimits(String method, OptionalLong chatId, int attempt) {
        if (limits.isEmpty()) {
            return;
        }
        TelegramRateLimits rates = limits.get();
        List<RateLimit> wanted = rates.limits(method, chatId);
        Duration bound = TelegramRateLimits.longestRateWait(wanted);
        bound = bound.compareTo(retry.maxRetryAfter()) > 0 ? bound : retry.maxRetryAfter();
        long started = System.nanoTime();
        boolean waited = false;
        for (Duration wait = rates.tryAcquire(wanted); !wait.isZero(); wait = rates.tryAcquire(wanted)) {
            if (wait.compareTo(bound) > 0) {
                long seconds = wait.plusNanos(999_999_999L).getSeconds();
                throw new TelegramApiException(method, TOO_MANY_REQUESTS, "Too Many Requests: this bot's sends are"
                        + " halted for " + seconds + " s by a retry_after one of its senders was told",
                        Optional.of(Duration.ofSeconds(seconds)), attempt - 1, OptionalLong.empty(), null, "");
            }
            waited = true;
            try {
                TimeUnit.NANOSECONDS.sleep(wait.toNanos());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new TransportException(PlatformId.TELEGRAM, method, attempt,
                        "interrupted while waiting for the rate limits", null);
            }
        }
        if (waited) {
            listener.rateLimitWaited(PlatformId.TELEGRAM, method, Duration.ofNanos(System.nanoTime() - started));
        }
    }

    /** Runs {@code call} and reports it to the listener with its outcome and how long it took. */
    private <T> T reported(String method, Supplier<T> call) {
        return listener.reportingCall(PlatformId.TELEGRAM, method, call, e -> e.errorCode() == TOO_MANY_REQUESTS);
    }

    /** A 429 with {@code retry_after} halts this bot's message sends everywhere the limits are shared. */
    private void haltOnTooManyRequests(TelegramReply response) {
        if (response.status() == TOO_MANY_REQUESTS && response.retryAfterSeconds().isPresent()) {
            limits.ifPresent(l -> l.halt(Duration.ofSeconds(response.retryAfterSeconds().getAsLong())));
        }
    }

    /** Sends once and waits at most {@code timeout} for the whole answer, body included, on the calling thread. */
    private TelegramReply exchange(String method, byte[] body, Duration timeout, int attempt)
            throws IOException {
        try {
            ApiResponse response = calls.post(uri(method), JSON, body, timeout);
            if (response.status() == TOO_MANY_REQUESTS) {
                listener.rateLimited(PlatformId.TELEGRAM, method);
            }
            return TelegramReply.read(response.status(), response.body());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new TransportException(PlatformId.TELEGRAM, method, attempt, "interrupted", null);
        }
    }

    /** The method's URL, parsed once per method: parsing it per call was 2 % of a press's CPU. */
    private URI uri(String method) {
        return methodUris.asMap().computeIfAbsent(method, name -> URI.create(apiUrl + "/bot" + token + "/" + name));
    }

    private void pause(String method, int attempt, Duration delay, String reason) {
        listener.retrying(LOG, PlatformId.TELEGRAM, method, attempt, delay, reason);
        try {
            Thread.sleep(delay.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new TransportException(PlatformId.TELEGRAM, method, attempt, "interrupted while waiting to retry",
                    null);
        }
    }
}

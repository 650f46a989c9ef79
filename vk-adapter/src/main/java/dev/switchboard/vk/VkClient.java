package dev.switchboard.vk;

import static com.google.common.base.Preconditions.checkNotNull;

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
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.function.IntPredicate;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The VK API client: form-encoded POSTs to {@code {apiUrl}{method}} with
 * {@code access_token} and {@code v=5.199}, paced by one {@link RateLimit} per community on a
 * {@link SendLimits} store (this process's memory until {@link #share shared} by the bot's
 * replicas), retried on errors 6, 9 and 10, I/O failures, HTTP 5xx and unreadable bodies. Error 6
 * (too many requests per second) also halts the community's key for
 * {@link #TOO_MANY_REQUESTS_HALT}, on every replica sharing the store. Each call is reported to
 * the listener once with its outcome and duration, each error 6 or 9 and each wait for the rate
 * limit as it happens. Every text that leaves it
 * (exception messages, causes, log lines) passes {@link Redaction#redact}. Thread-safe.
 */
final class VkClient {
    static final String VERSION = "5.199";
    private static final Logger LOG = LoggerFactory.getLogger(VkClient.class);
    private static final Set<Integer> RETRIED = Set.of(6, 9, 10);
    /** VK's "flood control": too many messages of the same kind. */
    private static final int FLOOD_CONTROL = 9;
    /** VK's "too many requests per second". */
    static final int TOO_MANY_REQUESTS = 6;
    /** How long error 6 halts the community's requests: VK names no wait; its limit is per second. */
    static final Duration TOO_MANY_REQUESTS_HALT = Duration.ofSeconds(1);
    private static final String FORM = "application/x-www-form-urlencoded; charset=UTF-8";

    private final String token;
    private final URI apiUrl;
    private final ApiHttp calls;
    private final Supplier<HttpClient> polls;
    private final Duration requestTimeout;
    private final RetryPolicy retry;
    private final Optional<RateLimit> limit;
    private final ListenerGroup listener;
    /** Method URLs by method name: a few dozen, named in code; bounded all the same. */
    private final Cache<String, URI> methodUris = CacheBuilder.newBuilder().maximumSize(256).build();
    private volatile SendLimits limits;

    /**
     * @param apiUrl base URL ending in {@code /}
     * @param calls sends every call that cannot be stopped
     * @param polls the JDK client of the long poll and of stoppable calls, which another thread cancels
     * @param limit paces every API request, counted in {@code limits}; empty for none
     */
    VkClient(String token, URI apiUrl, ApiHttp calls, Supplier<HttpClient> polls, Duration requestTimeout,
             RetryPolicy retry, Optional<RateLimit> limit, SendLimits limits, ListenerGroup listener) {
        this.token = checkNotNull(token, "token");
        this.apiUrl = checkNotNull(apiUrl, "apiUrl");
        this.calls = checkNotNull(calls, "calls");
        this.polls = checkNotNull(polls, "polls");
        this.requestTimeout = checkNotNull(requestTimeout, "requestTimeout");
        this.retry = checkNotNull(retry, "retry");
        this.limit = checkNotNull(limit, "limit");
        this.limits = checkNotNull(limits, "limits");
        this.listener = checkNotNull(listener, "listener");
    }

    /** Whether VK error {@code code} is worth retrying (6 too many requests, 9 flood control, 10 internal). */
    static boolean retried(int code) {
        return RETRIED.contains(code);
    }

    /** Calls {@code method} with {@code params}, never stopped. See {@link #call(String, Map, VkStopSignal)}. */
    Result call(String method, Map<String, String> params) {
        return call(method, params, VkStopSignal.NEVER);
    }

    /**
     * Calls {@code method}; the same form body is sent on every attempt.
     *
     * @return the {@code response} value, as {@link VkReply} reads it, and the attempts it took
     * @throws VkApiException when VK answers an error that is not retried, or retries run out
     * @throws TransportException on I/O failures, HTTP errors or unreadable bodies after the retries,
     *         or when the thread is interrupted (the interrupt flag stays set)
     * @throws CancellationException when {@code signal} is raised
     */
    Result call(String method, Map<String, String> params, VkStopSignal signal) {
        return reported(method, () -> attempts(method, params, signal));
    }

    private Result attempts(String method, Map<String, String> params, VkStopSignal signal) {
        byte[] request = form(params).getBytes(StandardCharsets.UTF_8);
        for (int attempt = 1; ; attempt++) {
            Outcome outcome = attempt(method, request, signal, attempt);
            if (outcome.failure == null) {
                return new Result(outcome.response, attempt);
            }
            if (!outcome.retryable || attempt >= retry.maxAttempts()) {
                throw outcome.failure.exception(method, attempt);
            }
            Duration delay = retry.backoff(attempt);
            listener.retrying(LOG, PlatformId.VK, method, attempt, delay, outcome.reason);
            try {
                if (signal.sleep(delay)) {
                    throw new CancellationException("stopped");
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new TransportException(PlatformId.VK, method, attempt, "interrupted while waiting to retry",
                        null);
            }
        }
    }

    /**
     * Calls a method that VK should apply at most once per target ({@code
     * messages.sendMessageEventAnswer}). Every retryable failure is retried, up to {@link
     * RetryPolicy#resendAttempts()} attempts with waits capped at 1 s, and only while {@code retryUntilNanos} ({@link System#nanoTime()}) has not passed. A VK error that {@code
     * alreadyApplied} recognises on a retry after an attempt whose outcome is unknown (I/O failure,
     * 5xx, unreadable 200) means that attempt got through, and counts as success; on a first
     * attempt it is a real failure.
     *
     * @return true when an attempt was accepted, false when an earlier unknown attempt was
     * @throws VkApiException when VK answers an error that is not retried
     * @throws TransportException when no answer could be had before the bound
     */
    boolean callAtMostOnce(String method, Map<String, String> params, long retryUntilNanos,
                           IntPredicate alreadyApplied) {
        return reported(method, () -> attemptsAtMostOnce(method, params, retryUntilNanos, alreadyApplied));
    }

    private boolean attemptsAtMostOnce(String method, Map<String, String> params, long retryUntilNanos,
                                       IntPredicate alreadyApplied) {
        byte[] request = form(params).getBytes(StandardCharsets.UTF_8);
        boolean unknown = false;
        for (int attempt = 1; ; attempt++) {
            Outcome outcome = attempt(method, request, VkStopSignal.NEVER, attempt);
            if (outcome.failure == null) {
                return true;
            }
            int code = outcome.failure.code();
            if (unknown && code > 0 && alreadyApplied.test(code)) {
                LOG.debug("VK {} attempt {}: error {}; an earlier attempt got through", method, attempt, code);
                return false;
            }
            unknown |= code == 0;
            Duration delay = retry.resendBackoff(attempt);
            if (!outcome.retryable || attempt >= retry.resendAttempts()
                    || System.nanoTime() + delay.toNanos() - retryUntilNanos > 0) {
                throw outcome.failure.exception(method, attempt);
            }
            listener.retrying(LOG, PlatformId.VK, method, attempt, delay, outcome.reason);
            try {
                Thread.sleep(delay.toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new TransportException(PlatformId.VK, method, attempt, "interrupted while waiting to retry",
                        null);
            }
        }
    }

    /**
     * GETs a Bots Long Poll {@code a_check} URL (no token, not rate limited, not retried here).
     *
     * @throws IOException on I/O failures, with the token redacted
     * @throws InterruptedException when the thread is interrupted
     * @throws CancellationException when {@code signal} is raised
     */
    HttpResponse<byte[]> get(URI uri, Duration timeout, VkStopSignal signal) throws IOException,
            InterruptedException {
        return sendStoppable(HttpRequest.newBuilder(uri).timeout(timeout).GET().build(), signal);
    }

    /** {@code text} with the token taken out. */
    String redact(String text) {
        return Redaction.redact(text, token);
    }

    private Outcome attempt(String method, byte[] request, VkStopSignal signal, int attempt) {
        if (signal.isStopped()) {
            throw new CancellationException("stopped");
        }
        awaitLimit(method, signal, attempt);
        ApiResponse response;
        try {
            LOG.debug("VK {} attempt {}", method, attempt);
            response = send(method, request, signal);
        } catch (IOException e) {
            String problem = describe(e);
            return Outcome.retryable(problem, new Failure(0, problem, e));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new TransportException(PlatformId.VK, method, attempt, "interrupted", null);
        }
        int status = response.status();
        if (status >= 500) {
            String problem = "HTTP " + status;
            return Outcome.retryable(problem, new Failure(0, problem, null));
        }
        VkReply reply = VkReply.parse(response.body());
        if (reply == null) {
            String problem = (status == 200 ? "unreadable response (" : "HTTP " + status + " (")
                    + response.contentType().orElse("no content type") + ", "
                    + response.body().length + " bytes)";
            Failure failure = new Failure(0, problem, null);
            return status == 200 ? Outcome.retryable(problem, failure) : Outcome.fatal(failure);
        }
        if (!reply.isError()) {
            return new Outcome(reply.response(), null, false, "");
        }
        if (reply.errorCode() == TOO_MANY_REQUESTS) {
            limit.ifPresent(l -> limits.halt(l.key(), TOO_MANY_REQUESTS_HALT));
        }
        if (tooMany(reply.errorCode())) {
            listener.rateLimited(PlatformId.VK, method);
        }
        String description = redact(reply.errorMessage());
        Failure failure = new Failure(reply.errorCode(), description, null);
        return retried(reply.errorCode())
                ? Outcome.retryable("VK error " + reply.errorCode() + ": " + description, failure)
                : Outcome.fatal(failure);
    }

    /** From now on, the rate limit and halts count in {@code shared}. */
    void share(SendLimits shared) {
        this.limits = checkNotNull(shared, "shared");
    }

    /** Waits until the rate limit (and any halt) lets a request go; stoppable by {@code signal}. */
    private void awaitLimit(String method, VkStopSignal signal, int attempt) {
        if (limit.isEmpty()) {
            return;
        }
        List<RateLimit> wanted = List.of(limit.get());
        long started = System.nanoTime();
        boolean waited = false;
        for (Duration wait = limits.tryAcquire(wanted); !wait.isZero(); wait = limits.tryAcquire(wanted)) {
            waited = true;
            try {
                if (signal.sleep(wait)) {
                    throw new CancellationException("stopped");
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new TransportException(PlatformId.VK, method, attempt,
                        "interrupted while waiting for the rate limit", null);
            }
        }
        if (waited) {
            listener.rateLimitWaited(PlatformId.VK, method, Duration.ofNanos(System.nanoTime() - started));
        }
    }

    /** Whether VK error {@code code} says too many requests (6 per second, 9 flood control). */
    private static boolean tooMany(int code) {
        return code == TOO_MANY_REQUESTS || code == FLOOD_CONTROL;
    }

    /** Runs {@code call} and reports it to the listener with its outcome and how long it took. */
    private <T> T reported(String method, Supplier<T> call) {
        return listener.reportingCall(PlatformId.VK, method, call, e -> tooMany(e.errorCode()));
    }

    /**
     * POSTs the form once and waits for the whole answer, body included, within the request timeout.
     * A call that cannot be stopped waits on the calling thread through {@link ApiHttp}; a stoppable
     * one goes through the JDK client's {@code sendAsync} so that {@link VkStopSignal#stop()} can
     * cancel it from another thread.
     */
    private ApiResponse send(String method, byte[] form, VkStopSignal signal) throws IOException,
            InterruptedException {
        if (signal == VkStopSignal.NEVER) {
            try {
                return calls.post(uri(method), FORM, form, requestTimeout);
            } catch (IOException e) {
                throw VkIoFailure.of(e, token);
            }
        }
        HttpResponse<byte[]> response = sendStoppable(HttpRequest.newBuilder(uri(method))
                .timeout(requestTimeout)
                .header("Content-Type", FORM)
                .POST(HttpRequest.BodyPublishers.ofByteArray(form))
                .build(), signal);
        return new ApiResponse(response.statusCode(), response.headers().firstValue("Content-Type"),
                response.body());
    }

    private HttpResponse<byte[]> sendStoppable(HttpRequest request, VkStopSignal signal) throws IOException,
            InterruptedException {
        CompletableFuture<HttpResponse<byte[]>> future = polls.get().sendAsync(request,
                HttpResponse.BodyHandlers.ofByteArray());
        signal.track(future);
        try {
            return future.get();
        } catch (ExecutionException e) {
            if (signal.isStopped()) {
                throw new CancellationException("stopped");
            }
            Throwable cause = e.getCause();
            throw VkIoFailure.of(cause instanceof IOException ? cause : e, token);
        } catch (InterruptedException e) {
            future.cancel(true);
            throw e;
        } finally {
            signal.untrack();
        }
    }

    private String describe(IOException e) {
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }

    private String form(Map<String, String> params) {
        StringBuilder body = new StringBuilder(128);
        params.forEach((name, value) -> append(body, name, value));
        append(body, "access_token", token);
        append(body, "v", VERSION);
        return body.toString();
    }

    private static void append(StringBuilder body, String name, String value) {
        if (body.length() > 0) {
            body.append('&');
        }
        body.append(URLEncoder.encode(name, StandardCharsets.UTF_8)).append('=')
                .append(URLEncoder.encode(value, StandardCharsets.UTF_8));
    }

    /** The method's URL, resolved once per method. */
    private URI uri(String method) {
        return methodUris.asMap().computeIfAbsent(method, apiUrl::resolve);
    }

    @Override
    public String toString() {
        return "VkClient[apiUrl=" + apiUrl + "]";
    }

    /**
     * A successful call.
     *
     * @param response the {@code response} value
     * @param attempts the requests it took
     */
    record Result(Object response, int attempts) {
    }

    /** What went wrong in one attempt: a VK error ({@code code} > 0) or a transport problem. */
    private record Failure(int code, String text, IOException cause) {
        RuntimeException exception(String method, int attempts) {
            return code > 0
                    ? new VkApiException(method, code, text, attempts)
                    : new TransportException(PlatformId.VK, method, attempts, text, cause);
        }
    }

    /** The result of one attempt: a response, or a failure that may be retried. */
    private record Outcome(Object response, Failure failure, boolean retryable, String reason) {
        static Outcome retryable(String reason, Failure failure) {
            return new Outcome(null, failure, true, reason);
        }

        static Outcome fatal(Failure failure) {
            return new Outcome(null, failure, false, failure.text());
        }
    }
}

package dev.switchboard.testkit;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.time.Duration;

/**
 * A failure a fake server injects into the next request it receives, for testing a client's
 * retries and error handling. Immutable.
 *
 * <pre>{@code
 * fake.failNextRequest(Fault.serverError(502));
 * fake.failNextPoll(Fault.delay(Duration.ofSeconds(2)));
 * fake.injectRandomFaults(RandomFaults.of(42, 0.12, Fault.dropConnection(), Fault.garbledReply()));
 * }</pre>
 */
public record Fault(Kind kind, Duration delay, int status) {
    /** What the server does instead of (or before) answering. */
    public enum Kind {
        /** Closes the connection without any response. */
        DROP_CONNECTION,
        /** Waits {@link #delay()} and then answers normally. */
        DELAY,
        /** Answers with the 5xx {@link #status()} and an HTML body, as a proxy in front of the API would. */
        SERVER_ERROR,
        /** Answers 200 with a body that is not JSON, without handling the request. */
        GARBAGE,
        /**
         * Handles the request (a message is sent, a press answered), then answers 200 with a body that
         * is not JSON: the reply is lost after the work was done, as when a proxy garbles it.
         */
        GARBLED_REPLY,
        /**
         * Refuses with the platform's flood error, without handling the request: Telegram 429 with
         * {@code retry_after} of {@link #delay()} in whole seconds, VK error 6 (on a long poll, HTTP 429).
         */
        TOO_MANY_REQUESTS,
        /** On a VK long poll, answers {@code failed} {@link #status()}; on any other request, nothing. */
        LONG_POLL_FAILED
    }

    public Fault {
        checkNotNull(kind, "kind");
        checkNotNull(delay, "delay");
        checkArgument(!delay.isNegative(), "delay must not be negative: %s", delay);
    }

    /** Closes the connection of the next request without answering. */
    public static Fault dropConnection() {
        return new Fault(Kind.DROP_CONNECTION, Duration.ZERO, 0);
    }

    /** Answers the next request normally, but only after {@code delay}. */
    public static Fault delay(Duration delay) {
        return new Fault(Kind.DELAY, delay, 0);
    }

    /** Answers the next request with {@code status} (500–599). */
    public static Fault serverError(int status) {
        checkArgument(status >= 500 && status <= 599, "status must be 5xx: %s", status);
        return new Fault(Kind.SERVER_ERROR, Duration.ZERO, status);
    }

    /** Answers the next request with HTTP 200 and a body that is not JSON. */
    public static Fault garbage() {
        return new Fault(Kind.GARBAGE, Duration.ZERO, 200);
    }

    /** Handles the next request, then answers HTTP 200 with a body that is not JSON. */
    public static Fault garbledReply() {
        return new Fault(Kind.GARBLED_REPLY, Duration.ZERO, 200);
    }

    /** Refuses the next request as flooding: Telegram 429 with {@code retry_after}, VK error 6. */
    public static Fault tooManyRequests(Duration retryAfter) {
        checkArgument(retryAfter.getSeconds() >= 1, "retryAfter must be at least a second: %s", retryAfter);
        return new Fault(Kind.TOO_MANY_REQUESTS, retryAfter, 429);
    }

    /** Answers the next VK long poll with {@code failed} {@code code} (1, 2 or 3); other requests as usual. */
    public static Fault longPollFailed(int code) {
        checkArgument(code >= 1 && code <= 3, "code must be 1, 2 or 3: %s", code);
        return new Fault(Kind.LONG_POLL_FAILED, Duration.ZERO, code);
    }
}

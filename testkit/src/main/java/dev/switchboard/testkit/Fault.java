package dev.switchboard.testkit;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.time.Duration;

/**
 * A failure a fake server injects into the next request it receives, for testing a client's
 * retries and error handling. Immutable.
 *
 * <pre>{@code
 * fake.injectFault(Fault.serverError(502));
 * fake.injectFault(Fault.delay(Duration.ofSeconds(2)));
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
        /** Answers 200 with a body that is not JSON. */
        GARBAGE
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
}

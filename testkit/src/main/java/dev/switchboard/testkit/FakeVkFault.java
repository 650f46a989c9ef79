package dev.switchboard.testkit;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.time.Duration;

/**
 * A failure {@link FakeVk} plays on a coming request instead of (or before) its normal answer.
 * Create with the static factories.
 *
 * @param kind what happens
 * @param delay for {@link Kind#DELAY}: how long the answer is held back; zero otherwise
 * @param status for {@link Kind#SERVER_ERROR}: the HTTP status; 0 otherwise
 */
public record FakeVkFault(Kind kind, Duration delay, int status) {
    /** The kinds of failure. */
    public enum Kind {
        /** The connection is closed without an answer. */
        DROP,
        /** The normal answer comes after {@link #delay()}. */
        DELAY,
        /** An HTTP 5xx with an HTML body. */
        SERVER_ERROR,
        /** HTTP 200 with a body that is not JSON. */
        GARBAGE
    }

    public FakeVkFault {
        checkNotNull(kind, "kind");
        checkNotNull(delay, "delay");
        checkArgument(!delay.isNegative(), "delay must not be negative: %s", delay);
    }

    public static FakeVkFault drop() {
        return new FakeVkFault(Kind.DROP, Duration.ZERO, 0);
    }

    public static FakeVkFault delay(Duration delay) {
        return new FakeVkFault(Kind.DELAY, delay, 0);
    }

    public static FakeVkFault serverError(int status) {
        checkArgument(status >= 500 && status <= 599, "status must be 5xx: %s", status);
        return new FakeVkFault(Kind.SERVER_ERROR, Duration.ZERO, status);
    }

    public static FakeVkFault garbage() {
        return new FakeVkFault(Kind.GARBAGE, Duration.ZERO, 0);
    }
}

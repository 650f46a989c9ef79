package dev.switchboard.core;

import static com.google.common.base.Preconditions.checkNotNull;

/**
 * A request could not be completed at the transport level (connection refused or reset, time
 * out, unreadable response), after the configured retries. The cause is the underlying
 * I/O error; the message names the platform, method and attempts, never a token.
 */
public final class TransportException extends SwitchboardException {
    private static final long serialVersionUID = 1L;

    /** See {@link #platform()}. */
    private final PlatformId platform;
    /** See {@link #method()}. */
    private final String method;
    /** See {@link #attempts()}. */
    private final int attempts;

    /** {@code method} on {@code platform} got no answer after {@code attempts} attempts because of {@code problem}. */
    public TransportException(PlatformId platform, String method, int attempts, String problem, Throwable cause) {
        super(checkNotNull(platform, "platform").displayName() + " " + checkNotNull(method, "method") + " failed: "
                + problem + (attempts > 1 ? " (after " + attempts + " attempts)" : ""), cause);
        this.platform = platform;
        this.method = method;
        this.attempts = attempts;
    }

    /** The platform that could not be reached. */
    public PlatformId platform() {
        return platform;
    }

    /** The API method called. */
    public String method() {
        return method;
    }

    /** How many attempts were made. */
    public int attempts() {
        return attempts;
    }
}

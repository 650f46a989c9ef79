package dev.switchboard.core;

import static com.google.common.base.Preconditions.checkNotNull;

import java.time.Duration;
import java.util.Optional;

/**
 * A platform answered a request with an error: Telegram {@code {"ok":false,"error_code",…}},
 * VK {@code {"error":{"error_code",…}}}. Carries the platform's code and description, the
 * method, how long to wait before retrying when the platform says so, and how many attempts
 * were made. Messages never contain a token.
 */
public abstract class PlatformApiException extends SwitchboardException {
    private static final long serialVersionUID = 1L;

    /** See {@link #platform()}. */
    private final PlatformId platform;
    /** See {@link #method()}. */
    private final String method;
    /** See {@link #errorCode()}. */
    private final int errorCode;
    /** See {@link #description()}. */
    private final String description;
    /** See {@link #retryAfter()}. */
    private final Duration retryAfter;
    /** See {@link #attempts()}. */
    private final int attempts;

    /** A refusal of {@code method} on {@code platform}, with the platform's code and description. */
    protected PlatformApiException(PlatformId platform, String method, int errorCode, String description,
                                   Optional<Duration> retryAfter, int attempts) {
        super(platform.displayName() + " " + method + " failed with " + errorCode + ": " + description
                + (attempts > 1 ? " (after " + attempts + " attempts)" : ""));
        this.platform = checkNotNull(platform, "platform");
        this.method = checkNotNull(method, "method");
        this.errorCode = errorCode;
        this.description = checkNotNull(description, "description");
        this.retryAfter = checkNotNull(retryAfter, "retryAfter").orElse(null);
        this.attempts = attempts;
    }

    /** The platform that refused. */
    public PlatformId platform() {
        return platform;
    }

    /** The API method called ({@code sendMessage}, {@code messages.send}). */
    public String method() {
        return method;
    }

    /** The platform's error code (Telegram: the HTTP status; VK: {@code error_code}). */
    public int errorCode() {
        return errorCode;
    }

    /** The platform's description of the error, token-free. */
    public String description() {
        return description;
    }

    /** How long the platform asked to wait before a retry (Telegram {@code retry_after}). */
    public Optional<Duration> retryAfter() {
        return Optional.ofNullable(retryAfter);
    }

    /** How many requests were made before giving up (1 when not retried). */
    public int attempts() {
        return attempts;
    }
}

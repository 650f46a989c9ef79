package dev.switchboard.telegram;

import dev.switchboard.core.spi.Redaction;
import java.io.IOException;

/**
 * A token-free stand-in for an I/O error from the HTTP client, whose message or causes might
 * name the request URL (and so the token in its path). It keeps the original's class name in
 * its text, its message with the token redacted and its stack trace, and the same for each
 * cause, so a logged stack trace reads like the original and leaks nothing.
 */
final class TelegramIoFailure extends IOException {
    private static final long serialVersionUID = 1L;
    private static final int MAX_CAUSES = 16;

    private final String originalClass;

    private TelegramIoFailure(String originalClass, String message, Throwable cause) {
        super(message, cause);
        this.originalClass = originalClass;
    }

    /** A redacted copy of {@code error} and its causes. */
    static TelegramIoFailure of(Throwable error, String secret) {
        return of(error, secret, 0);
    }

    private static TelegramIoFailure of(Throwable error, String secret, int depth) {
        Throwable next = error.getCause();
        TelegramIoFailure cause = next == null || next == error || depth >= MAX_CAUSES ? null
                : of(next, secret, depth + 1);
        TelegramIoFailure copy = new TelegramIoFailure(error.getClass().getName(),
                Redaction.redact(error.getMessage(), secret), cause);
        copy.setStackTrace(error.getStackTrace());
        return copy;
    }

    /** The class of the error this copies. */
    String originalClass() {
        return originalClass;
    }

    /** Reads as the original would: its class name, then the redacted message. */
    @Override
    public String toString() {
        String message = getLocalizedMessage();
        return message == null ? originalClass : originalClass + ": " + message;
    }
}

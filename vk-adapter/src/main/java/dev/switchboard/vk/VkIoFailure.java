package dev.switchboard.vk;

import dev.switchboard.core.spi.Redaction;
import java.io.IOException;

/**
 * Stands in for an I/O exception as the cause of a {@link dev.switchboard.core.TransportException}:
 * the original's type and message with the token redacted, its stack trace, and its causes
 * replaced the same way. The original is dropped, so no message in the chain can carry the token.
 */
final class VkIoFailure extends IOException {
    private static final long serialVersionUID = 1L;

    private VkIoFailure(String message, Throwable cause) {
        super(message, cause);
    }

    static VkIoFailure of(Throwable original, String token) {
        if (original == null) {
            return null;
        }
        String message = original.getMessage();
        VkIoFailure copy = new VkIoFailure(original.getClass().getName()
                + (message == null ? "" : ": " + Redaction.redact(message, token)),
                original.getCause() == original ? null : of(original.getCause(), token));
        copy.setStackTrace(original.getStackTrace());
        return copy;
    }
}

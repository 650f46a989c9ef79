package dev.switchboard.core.transport;

import dev.switchboard.core.SwitchboardException;

/** The embedded {@link WebhookServer} could not start (e.g. the port is taken). */
public final class WebhookServerException extends SwitchboardException {
    private static final long serialVersionUID = 1L;

    WebhookServerException(String message, Throwable cause) {
        super(message, cause);
    }
}

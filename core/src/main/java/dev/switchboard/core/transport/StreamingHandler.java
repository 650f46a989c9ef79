package dev.switchboard.core.transport;

import java.io.IOException;
import java.io.InputStream;

/**
 * Answers one exchange of the {@link WebhookServer} as streams, for bodies too large to hold in
 * memory (e.g. one NDJSON line in, one line out) and for binary answers: the body is read as it
 * arrives and the answer written as it is made. It runs on a server thread, which it holds while
 * it reads; the body must be in within the server's body read deadline. Thread-safe.
 */
@FunctionalInterface
public interface StreamingHandler {
    /**
     * Answers {@code request} (whose {@link WebhookRequest#body() body} is empty: read {@code body}
     * instead) by writing to {@code response}.
     */
    void handle(WebhookRequest request, InputStream body, StreamingResponse response) throws IOException;
}

package dev.switchboard.core.transport;

import java.io.OutputStream;

/**
 * The answer a {@link StreamingHandler} writes: set the status and headers first, then write the
 * body; the first byte written (or the handler's return) sends the status and headers. Not
 * thread-safe: one handler writes it.
 */
public interface StreamingResponse {
    /** Sets the HTTP status (default 200); no effect once the body has started. */
    void status(int status);

    /** Sets header {@code name} (e.g. {@code Content-Type}), replacing any earlier value; no effect once the body has started. */
    void header(String name, String value);

    /** The body; each {@code flush} sends what was written so far. */
    OutputStream body();

    /** Whether the status and headers have been sent, so a failure can only cut the answer short. */
    boolean committed();
}

package dev.switchboard.core.payload;

import java.util.Optional;

/**
 * Turns typed values into button payloads and back. {@link #unpack} returns empty for a
 * payload that is not this codec's (another prefix, another shape), so the runtime can route
 * presses by codec exactly, never by substring.
 *
 * @param <T> the value type
 */
public interface PayloadCodec<T> {
    /** The payload for {@code value}. */
    String pack(T value);

    /** The value in {@code payload}, or empty when the payload is not this codec's. */
    Optional<T> unpack(String payload);
}

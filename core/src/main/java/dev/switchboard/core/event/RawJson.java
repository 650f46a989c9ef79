package dev.switchboard.core.event;

import static com.google.common.base.Preconditions.checkNotNull;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * The exact bytes of one update as the platform sent them (UTF-8 JSON), kept without
 * re-serialising so nothing a reader skipped is lost. Immutable.
 */
public final class RawJson {
    private final byte[] utf8;

    private RawJson(byte[] utf8) {
        this.utf8 = utf8;
    }

    /** Wraps a copy of {@code utf8[offset, offset + length)}. */
    public static RawJson copyOf(byte[] utf8, int offset, int length) {
        checkNotNull(utf8, "utf8");
        return new RawJson(Arrays.copyOfRange(utf8, offset, offset + length));
    }

    /** Wraps the UTF-8 encoding of {@code json}. */
    public static RawJson of(String json) {
        return new RawJson(checkNotNull(json, "json").getBytes(StandardCharsets.UTF_8));
    }

    /** The JSON text. */
    public String text() {
        return new String(utf8, StandardCharsets.UTF_8);
    }

    /** A copy of the UTF-8 bytes. */
    public byte[] bytes() {
        return utf8.clone();
    }

    /** Size in bytes. */
    public int size() {
        return utf8.length;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof RawJson raw && Arrays.equals(raw.utf8, utf8);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(utf8);
    }

    @Override
    public String toString() {
        return text();
    }
}

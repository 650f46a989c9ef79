package dev.switchboard.core.fuzz;

import java.nio.charset.StandardCharsets;

/**
 * A fuzzed input and how it was made, printed readably when a property fails (a bare
 * {@code byte[]} would print as {@code [B@1f2a}).
 *
 * @param bytes the input
 * @param how the sample and the mutations applied to it, in order
 */
public record Mutant(byte[] bytes, String how) {
    private static final int SHOWN = 400;

    /** The input as text (invalid UTF-8 shows as U+FFFD), for readers that take a string. */
    public String text() {
        return new String(bytes, StandardCharsets.UTF_8);
    }

    @Override
    public String toString() {
        String text = text();
        String shown = text.length() > SHOWN ? text.substring(0, SHOWN) + "… (" + bytes.length + " bytes)" : text;
        return how + ": " + shown.replace("\n", "\\n");
    }
}

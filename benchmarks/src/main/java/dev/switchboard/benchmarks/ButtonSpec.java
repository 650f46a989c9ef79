package dev.switchboard.benchmarks;

import static java.util.Objects.requireNonNull;

import java.util.Optional;

/**
 * One button as plain data, the common input every render contender builds its own model from:
 * a callback button (a payload) or a link button (a url), with an optional neutral style name.
 *
 * @param label the text on the button
 * @param payload the callback payload, or empty for a link button
 * @param url the link, or empty for a callback button
 * @param style {@code positive}, {@code negative}, {@code primary}, or empty for the default look
 */
public record ButtonSpec(String label, Optional<String> payload, Optional<String> url, Optional<String> style) {
    public ButtonSpec {
        requireNonNull(label, "label");
        requireNonNull(payload, "payload");
        requireNonNull(url, "url");
        requireNonNull(style, "style");
        if (payload.isPresent() == url.isPresent()) {
            throw new IllegalArgumentException("a button has either a payload or a url: " + label);
        }
    }

    /** A callback button in the default style. */
    public static ButtonSpec callback(String label, String payload) {
        return new ButtonSpec(label, Optional.of(payload), Optional.empty(), Optional.empty());
    }

    /** A callback button with a style. */
    public static ButtonSpec callback(String label, String payload, String style) {
        return new ButtonSpec(label, Optional.of(payload), Optional.empty(), Optional.of(style));
    }

    /** A link button. */
    public static ButtonSpec link(String label, String url) {
        return new ButtonSpec(label, Optional.empty(), Optional.of(url), Optional.empty());
    }
}

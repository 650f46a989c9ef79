package dev.switchboard.core.keyboard;

import java.util.Locale;

/**
 * A button's colour. Telegram (Bot API 9.4+) maps PRIMARY→{@code primary},
 * POSITIVE→{@code success}, NEGATIVE→{@code danger} and omits SECONDARY; VK maps each to
 * its {@code color} of the same name, but only on text and callback buttons.
 */
public enum Style {
    /** No style requested: the platform's default look. Absent from layout JSON. */
    DEFAULT,
    /** The main action. */
    PRIMARY,
    /** A secondary action. */
    SECONDARY,
    /** A confirming action (green). */
    POSITIVE,
    /** A destructive or cancelling action (red). */
    NEGATIVE;

    /** The name used in layout JSON ({@code primary}, ...); {@code DEFAULT} has none. */
    public String jsonName() {
        return name().toLowerCase(Locale.ROOT);
    }
}

package dev.switchboard.core.validate;

import dev.switchboard.core.keyboard.Button;
import dev.switchboard.core.keyboard.KeyboardType;

/**
 * A platform rule on one button that is not a plain number (URL schemes, required app
 * fields). The engine calls it for every button of a kind the keyboard type supports, after
 * its own label, payload and style checks. Must not throw; report through {@code issues}.
 */
@FunctionalInterface
public interface ButtonCheck {
    /** Adds to {@code issues} what is wrong with {@code button} on a keyboard of {@code type}. */
    void check(Button button, KeyboardType type, Issues issues);
}

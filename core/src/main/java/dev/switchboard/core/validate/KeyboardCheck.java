package dev.switchboard.core.validate;

import dev.switchboard.core.keyboard.Keyboard;

/**
 * A platform rule on a whole keyboard that is not a plain count (Telegram's 10 KB limit on
 * the serialized markup). Runs with the keyboard-level checks, before any row. Must not
 * throw; report through {@code issues} with field {@code ""} for {@code $}.
 */
@FunctionalInterface
public interface KeyboardCheck {
    /** Adds to {@code issues} what is wrong with {@code keyboard} as a whole. */
    void check(Keyboard keyboard, Issues issues);
}

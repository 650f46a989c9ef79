package dev.switchboard.core.answer;

import dev.switchboard.core.validate.Issues;

/**
 * A platform rule on an answer that is not a plain number (Telegram's t.me-only links, VK's
 * 1000-character {@code event_data}). Field paths are relative to the answer ({@code "url"},
 * {@code ""} for {@code $}). Must not throw.
 */
@FunctionalInterface
public interface AnswerCheck {
    /** Adds to {@code issues} what is wrong with {@code answer} on this platform. */
    void check(PressAnswer answer, Issues issues);
}

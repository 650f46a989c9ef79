package dev.switchboard.core.keyboard;

/**
 * Where a keyboard lives. Telegram calls a standard keyboard a "reply keyboard"; VK sends
 * {@code "inline": false}.
 */
public enum KeyboardType {
    /** Attached to one message (Telegram {@code inline_keyboard}, VK {@code "inline": true}). */
    INLINE,
    /** Shown under the input field (Telegram {@code keyboard}, VK {@code "inline": false}). */
    STANDARD,
    /**
     * Takes the standard keyboard away: Telegram {@code {"remove_keyboard":true}},
     * VK {@code {"buttons":[],"one_time":true}}. Has no rows and no options.
     */
    REMOVE
}

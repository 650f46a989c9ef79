package dev.switchboard.core.keyboard;

import dev.switchboard.core.validate.KeyboardRejectedException;
import dev.switchboard.core.validate.KeyboardRules;

/**
 * Turns a neutral {@link Keyboard} into one platform's keyboard JSON, after validating it
 * against that platform's {@link KeyboardRules}. Each adapter supplies one
 * ({@code TelegramPlatform.keyboards()}, {@code VkPlatform.keyboards()}). Implementations
 * are immutable and thread-safe.
 */
public interface KeyboardWriter {
    /** The rules every keyboard is checked against before it is written. */
    KeyboardRules rules();

    /**
     * The platform's JSON for {@code keyboard} (Telegram: the {@code reply_markup} object;
     * VK: the {@code keyboard} object, which {@code messages.send} takes as a string).
     *
     * @throws KeyboardRejectedException carrying the full report if any ERROR is found;
     *         nothing is written then
     */
    String write(Keyboard keyboard);
}

package dev.switchboard.core.keyboard;

import dev.switchboard.core.layout.LayoutException;

/**
 * One platform's keyboard JSON both ways: {@link #write} (from {@link KeyboardWriter}) and
 * {@link #read}, which turns the platform's own JSON (Telegram's {@code reply_markup}, VK's
 * {@code keyboard}) into a neutral {@link Keyboard}. Each adapter supplies one
 * ({@code TelegramPlatform.keyboards()}, {@code VkPlatform.keyboards()}). Immutable and thread-safe.
 *
 * <pre>{@code
 * Keyboard menu = TelegramPlatform.keyboards().read(replyMarkupJson);
 * ValidationReport report = Validator.validate(menu, VkPlatform.rules());
 * String vkJson = VkPlatform.keyboards().write(menu);
 * }</pre>
 */
public interface KeyboardFormat extends KeyboardWriter {
    /**
     * Reads the platform's keyboard JSON, given as an object or as a JSON string holding it (as
     * sent in a request parameter). Strict about structure, lenient about content: a button the
     * neutral model cannot carry becomes an {@link UnrepresentableButton} in its place (reported
     * as {@code NOT_REPRESENTABLE} by every validator); over-long labels and wide rows are read as
     * they are, for the validators to report.
     *
     * @throws LayoutException for malformed JSON, a duplicate key, a value of the wrong type or an
     *         unknown field, naming the line, column and JSON path
     */
    Keyboard read(String json);
}

package dev.switchboard.testkit;

import com.fasterxml.jackson.databind.JsonNode;
import dev.switchboard.core.keyboard.Keyboard;
import dev.switchboard.core.layout.LayoutException;
import dev.switchboard.telegram.TelegramPlatform;
import java.util.Optional;

/**
 * Reads an accepted {@code reply_markup} back into a neutral {@link Keyboard} with the adapter's
 * own reader ({@code TelegramPlatform.keyboards().read}), so tests can assert on keyboards without
 * JSON. Markup that reader refuses makes the result empty.
 */
final class TelegramKeyboardReader {
    private TelegramKeyboardReader() {
    }

    static Optional<Keyboard> read(JsonNode markup) {
        try {
            return Optional.of(TelegramPlatform.keyboards().read(markup.toString()));
        } catch (LayoutException unreadable) {
            return Optional.empty();
        }
    }
}

package dev.switchboard.testkit;

import com.fasterxml.jackson.databind.JsonNode;
import dev.switchboard.core.keyboard.KeyboardType;
import dev.switchboard.core.validate.KeyboardRules;
import dev.switchboard.core.validate.Shape;
import dev.switchboard.telegram.TelegramPlatform;
import java.nio.charset.StandardCharsets;

/**
 * Checks a {@code reply_markup} the way the Bot API does, whatever the client validated: the
 * numbers come from {@link TelegramPlatform#rules()}, so the fake and the validator agree.
 */
final class TelegramMarkupCheck {
    /** limits.md "serialized markup"; the adapter keeps this number package-private. */
    static final int MAX_MARKUP_BYTES = 10_240;

    private static final KeyboardRules RULES = TelegramPlatform.rules();

    private TelegramMarkupCheck() {
    }

    static void check(JsonNode markup) throws TelegramError {
        if (markup.toString().getBytes(StandardCharsets.UTF_8).length > MAX_MARKUP_BYTES) {
            throw TelegramError.badRequest(TelegramError.MARKUP_TOO_LONG);
        }
        if (markup.has("inline_keyboard")) {
            checkRows(markup.get("inline_keyboard"), RULES.shape(KeyboardType.INLINE));
            for (JsonNode row : markup.get("inline_keyboard")) {
                for (JsonNode button : row) {
                    checkCallbackData(button);
                }
            }
        } else if (markup.has("keyboard")) {
            checkRows(markup.get("keyboard"), RULES.shape(KeyboardType.STANDARD));
        }
    }

    private static void checkRows(JsonNode rows, Shape shape) throws TelegramError {
        if (!rows.isArray()) {
            throw TelegramError.badRequest("Bad Request: can't parse reply keyboard markup JSON object");
        }
        int total = 0;
        for (JsonNode row : rows) {
            if (!row.isArray()) {
                throw TelegramError.badRequest("Bad Request: can't parse reply keyboard markup JSON object");
            }
            if (row.size() > shape.maxButtonsPerRow()) {
                throw TelegramError.badRequest(TelegramError.MARKUP_TOO_LONG);
            }
            total += row.size();
        }
        if (total > shape.maxButtons()) {
            throw TelegramError.badRequest(TelegramError.MARKUP_TOO_LONG);
        }
    }

    private static void checkCallbackData(JsonNode button) throws TelegramError {
        JsonNode data = button.get("callback_data");
        if (data == null) {
            return;
        }
        int bytes = data.asText().getBytes(StandardCharsets.UTF_8).length;
        if (!data.isTextual() || bytes < RULES.payload().minSize() || bytes > RULES.payload().maxSize()) {
            throw TelegramError.badRequest(TelegramError.BUTTON_DATA_INVALID);
        }
    }
}

package dev.switchboard.testkit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.switchboard.core.keyboard.KeyboardType;
import dev.switchboard.core.validate.KeyboardRules;
import dev.switchboard.core.validate.Validator;
import dev.switchboard.core.validate.ViolationCode;
import dev.switchboard.telegram.TelegramPlatform;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * Checks a {@code reply_markup} the way the Bot API does, whatever the client validated: the
 * button totals, the callback_data size and the markup's size on Telegram's servers
 * ({@code MARKUP_TOO_LONG}) come from {@link TelegramPlatform#rules()}, so the fake and the
 * validator agree; row width is not an error on the server (see {@link #normalize}).
 */
final class TelegramKeyboardCheck {
    /** Telegram's limit on serialized markup (docs/validation.md); the adapter keeps this number package-private. */
    static final int MAX_MARKUP_BYTES = 10_240;
    /**
     * The server cuts longer rows at 12 buttons without an error; the
     * validator's stricter inline limit of 8 is what clients show, not what the server refuses.
     */
    static final int SERVER_ROW_CAP = 12;

    private static final KeyboardRules RULES = TelegramPlatform.rules();

    private TelegramKeyboardCheck() {
    }

    static void check(JsonNode markup) throws TelegramError {
        if (markup.toString().getBytes(StandardCharsets.UTF_8).length > MAX_MARKUP_BYTES) {
            throw TelegramError.badRequest(TelegramError.MARKUP_TOO_LONG);
        }
        if (tooLongForTelegramsServers(markup)) {
            throw TelegramError.badRequest(TelegramError.MARKUP_TOO_LONG);
        }
        if (markup.has("inline_keyboard")) {
            checkRows(markup.get("inline_keyboard"), RULES.shape(KeyboardType.INLINE).maxButtons());
            for (JsonNode row : markup.get("inline_keyboard")) {
                for (JsonNode button : row) {
                    checkCallbackData(button);
                }
            }
        } else if (markup.has("keyboard")) {
            checkRows(markup.get("keyboard"), RULES.shape(KeyboardType.STANDARD).maxButtons());
        }
    }

    /**
     * What the server keeps of an accepted markup: rows cut at {@link #SERVER_ROW_CAP}, empty rows
     * dropped; an inline keyboard left empty means no markup.
     */
    static Optional<JsonNode> normalize(JsonNode markup) {
        for (String field : new String[] {"inline_keyboard", "keyboard"}) {
            if (markup.has(field)) {
                ObjectNode copy = markup.deepCopy();
                ArrayNode rows = copy.putArray(field);
                for (JsonNode row : markup.get(field)) {
                    if (row.size() > 0) {
                        ArrayNode kept = rows.addArray();
                        for (int i = 0; i < Math.min(row.size(), SERVER_ROW_CAP); i++) {
                            kept.add(row.get(i));
                        }
                    }
                }
                return rows.isEmpty() ? Optional.empty() : Optional.of(copy);
            }
        }
        return Optional.of(markup);
    }

    /**
     * Telegram measures the markup the Bot API server hands on in MTProto form, not the JSON. The
     * measure lives once, in the adapter's rules ({@code MARKUP_TOO_LONG}); the fake reads the
     * markup back into a keyboard, styles included since they count, and asks those rules. Markup
     * the reader cannot carry (an unknown button kind) is left to the other checks.
     */
    private static boolean tooLongForTelegramsServers(JsonNode markup) {
        return TelegramKeyboardReader.read(markup)
                .map(keyboard -> Validator.validate(keyboard, RULES).violations().stream()
                        .anyMatch(v -> v.code() == ViolationCode.MARKUP_TOO_LONG))
                .orElse(false);
    }

    private static void checkRows(JsonNode rows, int maxButtons) throws TelegramError {
        if (!rows.isArray()) {
            throw TelegramError.badRequest("Bad Request: can't parse reply keyboard markup JSON object");
        }
        int total = 0;
        for (JsonNode row : rows) {
            if (!row.isArray()) {
                throw TelegramError.badRequest("Bad Request: can't parse reply keyboard markup JSON object");
            }
            total += row.size();
        }
        if (total > maxButtons) {
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

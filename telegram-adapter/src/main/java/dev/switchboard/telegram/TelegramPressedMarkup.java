package dev.switchboard.telegram;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import dev.switchboard.core.event.RawJson;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * Finds {@code callback_query.message.reply_markup} in a press's raw update and returns it
 * byte for byte, so that keeping a keyboard re-sends exactly what the message carries.
 */
final class TelegramPressedMarkup {
    private static final JsonFactory JSON = JsonFactory.builder().build();

    private TelegramPressedMarkup() {
    }

    /** The keyboard the pressed message carries, or empty when the update has none. */
    static Optional<String> of(RawJson raw) {
        byte[] utf8 = raw.bytes();
        try (JsonParser p = JSON.createParser(utf8)) {
            if (p.nextToken() != JsonToken.START_OBJECT || !enter(p, "callback_query") || !enter(p, "message")
                    || !enter(p, "reply_markup")) {
                return Optional.empty();
            }
            int start = (int) p.currentTokenLocation().getByteOffset();
            p.skipChildren();
            int end = (int) p.currentTokenLocation().getByteOffset() + 1;
            return start < 0 || end <= start ? Optional.empty()
                    : Optional.of(new String(utf8, start, end - start, StandardCharsets.UTF_8));
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    /** Moves into the object value of field {@code name} of the object just started. */
    private static boolean enter(JsonParser p, String name) throws IOException {
        for (String field = p.nextFieldName(); field != null; field = p.nextFieldName()) {
            JsonToken value = p.nextToken();
            if (field.equals(name)) {
                return value == JsonToken.START_OBJECT;
            }
            p.skipChildren();
        }
        return false;
    }
}

package dev.switchboard.testkit;

import com.fasterxml.jackson.databind.JsonNode;
import dev.switchboard.core.keyboard.Button;
import dev.switchboard.core.keyboard.Keyboard;
import dev.switchboard.core.keyboard.KeyboardBuilder;
import dev.switchboard.core.keyboard.Style;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Reads an accepted {@code reply_markup} back into a neutral {@link Keyboard}, so tests can
 * assert on keyboards without JSON. Options other than one-time, persistent and the placeholder
 * are not read back, nor are styles unless asked for ({@link #readWithStyles}); a button kind it
 * does not know makes the result empty.
 */
final class TelegramKeyboardReader {
    private TelegramKeyboardReader() {
    }

    static Optional<Keyboard> read(JsonNode markup) {
        return read(markup, false);
    }

    /** {@link #read(JsonNode)} that keeps each button's {@code style} too, as sizing the markup needs. */
    static Optional<Keyboard> readWithStyles(JsonNode markup) {
        return read(markup, true);
    }

    private static Optional<Keyboard> read(JsonNode markup, boolean styles) {
        try {
            if (markup.has("inline_keyboard")) {
                return Optional.of(rows(Keyboard.inline(), markup.get("inline_keyboard"), true, styles).build());
            }
            if (markup.has("keyboard")) {
                KeyboardBuilder builder = rows(Keyboard.standard(), markup.get("keyboard"), false, styles)
                        .oneTime(markup.path("one_time_keyboard").asBoolean(false))
                        .persistent(markup.path("is_persistent").asBoolean(false));
                if (markup.hasNonNull("input_field_placeholder")) {
                    builder.placeholder(markup.get("input_field_placeholder").asText());
                }
                return Optional.of(builder.build());
            }
            if (markup.path("remove_keyboard").asBoolean(false)) {
                return Optional.of(Keyboard.remove());
            }
            return Optional.empty();
        } catch (IllegalArgumentException | NullPointerException unreadable) {
            return Optional.empty();
        }
    }

    private static KeyboardBuilder rows(KeyboardBuilder builder, JsonNode rows, boolean inline, boolean styles) {
        for (JsonNode row : rows) {
            List<Button> buttons = new ArrayList<>();
            for (JsonNode button : row) {
                Button read = inline ? inlineButton(button) : replyButton(button);
                buttons.add(styles ? read.withStyle(style(button.path("style").asText(""))) : read);
            }
            builder.row(buttons);
        }
        return builder;
    }

    /** The Bot API's style names, case-insensitive as the server reads them; anything else is the default look. */
    private static Style style(String name) {
        return switch (name.toLowerCase(Locale.ROOT)) {
            case "primary" -> Style.PRIMARY;
            case "success" -> Style.POSITIVE;
            case "danger" -> Style.NEGATIVE;
            default -> Style.DEFAULT;
        };
    }

    private static Button inlineButton(JsonNode button) {
        String label = button.path("text").asText("");
        if (button.has("callback_data")) {
            return Button.callback(label, button.get("callback_data").asText());
        }
        if (button.has("url")) {
            return Button.link(label, button.get("url").asText());
        }
        if (button.has("web_app")) {
            return Button.webApp(label, button.at("/web_app/url").asText());
        }
        if (button.has("copy_text")) {
            return Button.copy(label, button.at("/copy_text/text").asText());
        }
        throw new IllegalArgumentException("unknown inline button " + button);
    }

    private static Button replyButton(JsonNode button) {
        if (button.isTextual()) {
            return Button.text(button.asText());
        }
        String label = button.path("text").asText("");
        if (button.path("request_location").asBoolean(false)) {
            return Button.location(label);
        }
        if (button.path("request_contact").asBoolean(false)) {
            return Button.contact(label);
        }
        if (button.has("web_app")) {
            return Button.webApp(label, button.at("/web_app/url").asText());
        }
        return Button.text(label);
    }
}

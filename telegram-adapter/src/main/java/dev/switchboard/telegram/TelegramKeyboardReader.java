package dev.switchboard.telegram;

import com.fasterxml.jackson.core.JsonToken;
import dev.switchboard.core.PlatformId;
import dev.switchboard.core.keyboard.Button;
import dev.switchboard.core.keyboard.Keyboard;
import dev.switchboard.core.keyboard.KeyboardType;
import dev.switchboard.core.keyboard.Style;
import dev.switchboard.core.spi.KeyboardJsonInput;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Reads Telegram's {@code reply_markup} ({@code InlineKeyboardMarkup}, {@code ReplyKeyboardMarkup},
 * {@code ReplyKeyboardRemove}) into a neutral keyboard; see {@code docs/validation.md}, "Native
 * formats". Strict about structure; a button kind the model lacks becomes an
 * {@link dev.switchboard.core.keyboard.UnrepresentableButton}. {@code null} and {@code false} type
 * keys count as absent, as the Bot API treats them. Stateless and thread-safe.
 */
final class TelegramKeyboardReader {
    /** Inline button kinds the neutral model cannot carry; each is one type key. */
    private static final Set<String> INLINE_FOREIGN = Set.of("login_url", "switch_inline_query",
            "switch_inline_query_current_chat", "switch_inline_query_chosen_chat", "callback_game", "pay");
    private static final Set<String> INLINE_KNOWN = Set.of("callback_data", "url", "web_app", "copy_text");
    private static final Set<String> REPLY_FOREIGN = Set.of("request_users", "request_user", "request_chat",
            "request_poll");
    private static final Set<String> REPLY_KNOWN = Set.of("request_contact", "request_location", "web_app");
    private static final List<String> MARKUP_FIELDS = List.of("inline_keyboard", "keyboard", "remove_keyboard",
            "resize_keyboard", "one_time_keyboard", "is_persistent", "input_field_placeholder", "selective");

    private TelegramKeyboardReader() {
    }

    static Keyboard read(String json) {
        KeyboardJsonInput in = KeyboardJsonInput.open(json);
        in.expect(JsonToken.START_OBJECT, "$", "a reply_markup object");
        List<List<Button>> rows = null;
        KeyboardType type = null;
        Map<String, Object> options = new LinkedHashMap<>();
        while (in.next() == JsonToken.FIELD_NAME) {
            String field = in.fieldName();
            if (!MARKUP_FIELDS.contains(field)) {
                throw in.error("unknown field \"" + field + "\"; expected one of "
                        + String.join(", ", MARKUP_FIELDS), KeyboardJsonInput.fieldPath("$", field));
            }
            in.next();
            switch (field) {
                case "inline_keyboard", "keyboard" -> {
                    if (type != null) {
                        throw in.error("a reply_markup has one of inline_keyboard, keyboard or remove_keyboard; found "
                                + field + " as well", field);
                    }
                    type = field.equals("keyboard") ? KeyboardType.STANDARD : KeyboardType.INLINE;
                    rows = rows(in, field, type == KeyboardType.INLINE);
                }
                case "remove_keyboard" -> {
                    if (type != null) {
                        throw in.error("a reply_markup has one of inline_keyboard, keyboard or remove_keyboard; found "
                                + field + " as well", field);
                    }
                    if (!in.bool(field)) {
                        throw in.error("remove_keyboard must be true", field);
                    }
                    type = KeyboardType.REMOVE;
                }
                case "resize_keyboard", "one_time_keyboard", "is_persistent", "selective" -> {
                    if (!in.isNull()) {
                        options.put(field, in.bool(field));
                    }
                }
                case "input_field_placeholder" -> {
                    if (!in.isNull()) {
                        options.put(field, in.string(field));
                    }
                }
                default -> throw in.error("unknown field \"" + field + "\"; expected one of "
                        + String.join(", ", MARKUP_FIELDS), KeyboardJsonInput.fieldPath("$", field));
            }
        }
        in.end();
        if (type == null) {
            throw in.error("a reply_markup needs inline_keyboard, keyboard or remove_keyboard", "$");
        }
        if (Boolean.TRUE.equals(options.get("selective"))) {
            throw in.error("\"selective\": true (show the keyboard to some users only) cannot be carried by the"
                    + " neutral model", "selective");
        }
        return switch (type) {
            case INLINE -> {
                refuseOptions(in, options, "an InlineKeyboardMarkup", List.of());
                yield new Keyboard(type, rows, false, false, Optional.empty());
            }
            case REMOVE -> {
                refuseOptions(in, options, "a ReplyKeyboardRemove", List.of("selective"));
                yield Keyboard.remove();
            }
            case STANDARD -> new Keyboard(type, rows, Boolean.TRUE.equals(options.get("one_time_keyboard")),
                    Boolean.TRUE.equals(options.get("is_persistent")),
                    Optional.ofNullable((String) options.get("input_field_placeholder")));
        };
    }

    private static void refuseOptions(KeyboardJsonInput in, Map<String, Object> options, String what,
                                      List<String> allowed) {
        for (String option : options.keySet()) {
            if (!allowed.contains(option)) {
                throw in.error("\"" + option + "\" is a field of a ReplyKeyboardMarkup, not of " + what, option);
            }
        }
    }

    private static List<List<Button>> rows(KeyboardJsonInput in, String field, boolean inline) {
        in.expect(JsonToken.START_ARRAY, field, "an array of rows");
        List<List<Button>> rows = new ArrayList<>();
        while (in.next() != JsonToken.END_ARRAY) {
            String rowPath = field + "[" + rows.size() + "]";
            in.expect(JsonToken.START_ARRAY, rowPath, "an array of buttons");
            List<Button> row = new ArrayList<>();
            while (in.next() != JsonToken.END_ARRAY) {
                String path = rowPath + "[" + row.size() + "]";
                row.add(in.current() == JsonToken.VALUE_STRING && !inline ? Button.text(in.string(path))
                        : button(in, path, inline));
            }
            rows.add(row);
        }
        return rows;
    }

    private static Button button(KeyboardJsonInput in, String path, boolean inline) {
        in.expect(JsonToken.START_OBJECT, path, inline ? "an InlineKeyboardButton object" : "a KeyboardButton object");
        KeyboardJsonInput.Position start = in.position();
        String label = null;
        Style style = Style.DEFAULT;
        String typeKey = null;
        Object typeValue = null;
        Set<String> known = inline ? INLINE_KNOWN : REPLY_KNOWN;
        Set<String> foreign = inline ? INLINE_FOREIGN : REPLY_FOREIGN;
        while (in.next() == JsonToken.FIELD_NAME) {
            String field = in.fieldName();
            String fieldPath = KeyboardJsonInput.fieldPath(path, field);
            if (!known.contains(field) && !foreign.contains(field) && !field.equals("text") && !field.equals("style")) {
                throw in.error("unknown field \"" + field + "\" for " + (inline ? "an inline" : "a reply")
                        + " keyboard button; expected text, style and one of " + String.join(", ", sorted(known, foreign)),
                        fieldPath);
            }
            in.next();
            if (field.equals("text")) {
                label = in.string(fieldPath);
                continue;
            }
            if (field.equals("style")) {
                style = style(in, fieldPath);
                continue;
            }
            Object value = typeValue(in, field, fieldPath, foreign.contains(field));
            if (value == null) {
                continue;
            }
            if (typeKey != null) {
                throw in.error("a button has one type field; found " + typeKey + " and " + field, fieldPath);
            }
            typeKey = field;
            typeValue = value;
        }
        if (label == null) {
            throw in.error("missing required field \"text\"", path, start);
        }
        Button button = typeKey == null ? Button.text(label) : switch (typeKey) {
            case "callback_data" -> Button.callback(label, (String) typeValue);
            case "url" -> Button.link(label, (String) typeValue);
            case "web_app" -> Button.webApp(label, (String) typeValue);
            case "copy_text" -> Button.copy(label, (String) typeValue);
            case "request_contact" -> Button.contact(label);
            case "request_location" -> Button.location(label);
            default -> Button.unrepresentable(PlatformId.TELEGRAM, typeKey, label);
        };
        return button.withStyle(style);
    }

    /** The value of a type key, or null when it is absent ({@code null}, {@code false}). */
    private static Object typeValue(KeyboardJsonInput in, String field, String path, boolean foreign) {
        if (in.isNull()) {
            return null;
        }
        if (foreign) {
            boolean flag = in.current() == JsonToken.VALUE_FALSE;
            in.skip();
            return flag ? null : Boolean.TRUE;
        }
        return switch (field) {
            case "callback_data", "url" -> in.string(path);
            case "request_contact", "request_location" -> in.bool(path) ? Boolean.TRUE : null;
            case "web_app" -> nestedString(in, path, "url");
            default -> nestedString(in, path, "text");
        };
    }

    /** {@code {"url": "…"}} of {@code web_app}, {@code {"text": "…"}} of {@code copy_text}. */
    private static String nestedString(KeyboardJsonInput in, String path, String name) {
        in.expect(JsonToken.START_OBJECT, path, "an object with \"" + name + "\"");
        String value = null;
        while (in.next() == JsonToken.FIELD_NAME) {
            String field = in.fieldName();
            String fieldPath = KeyboardJsonInput.fieldPath(path, field);
            in.next();
            if (!field.equals(name)) {
                throw in.error("unknown field \"" + field + "\"; expected " + name, fieldPath);
            }
            value = in.string(fieldPath);
        }
        if (value == null) {
            throw in.error("missing required field \"" + name + "\"", path);
        }
        return value;
    }

    private static Style style(KeyboardJsonInput in, String path) {
        String name = in.string(path);
        return switch (name) {
            case "primary" -> Style.PRIMARY;
            case "success" -> Style.POSITIVE;
            case "danger" -> Style.NEGATIVE;
            default -> throw in.error("unknown style \"" + name + "\"; expected primary, success or danger", path);
        };
    }

    private static List<String> sorted(Set<String> known, Set<String> foreign) {
        List<String> all = new ArrayList<>(known);
        all.addAll(foreign);
        all.sort(null);
        return all;
    }
}

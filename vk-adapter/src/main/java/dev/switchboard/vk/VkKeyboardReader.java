package dev.switchboard.vk;

import com.fasterxml.jackson.core.JsonToken;
import dev.switchboard.core.PlatformId;
import dev.switchboard.core.keyboard.AppButton;
import dev.switchboard.core.keyboard.Button;
import dev.switchboard.core.keyboard.Keyboard;
import dev.switchboard.core.keyboard.KeyboardType;
import dev.switchboard.core.keyboard.Style;
import dev.switchboard.core.spi.KeyboardJsonInput;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * Reads VK's {@code keyboard} object into a neutral keyboard; see {@code docs/validation.md},
 * "Native formats". An empty {@code buttons} on a standard keyboard is the REMOVE keyboard.
 * Strict about structure; a button the model cannot carry becomes an
 * {@link dev.switchboard.core.keyboard.UnrepresentableButton}. Stateless and thread-safe.
 */
final class VkKeyboardReader {
    /** Fields each known action type may have besides {@code type}. */
    private static final Map<String, List<String>> ACTION_FIELDS = Map.of(
            "text", List.of("label", "payload"),
            "callback", List.of("label", "payload"),
            "open_link", List.of("link", "label", "payload"),
            "location", List.of("payload"),
            "vkpay", List.of("hash", "payload"),
            "open_app", List.of("app_id", "owner_id", "label", "hash", "payload"));

    private VkKeyboardReader() {
    }

    static Keyboard read(String json) {
        KeyboardJsonInput in = KeyboardJsonInput.open(json);
        in.expect(JsonToken.START_OBJECT, "$", "a keyboard object");
        boolean oneTime = false;
        boolean inline = false;
        List<List<Button>> rows = null;
        while (in.next() == JsonToken.FIELD_NAME) {
            String field = in.fieldName();
            if (!List.of("one_time", "inline", "buttons").contains(field)) {
                throw in.error("unknown field \"" + field + "\"; expected one of one_time, inline, buttons",
                        KeyboardJsonInput.fieldPath("$", field));
            }
            in.next();
            switch (field) {
                case "one_time" -> oneTime = in.bool(field);
                case "inline" -> inline = in.bool(field);
                default -> rows = rows(in);
            }
        }
        in.end();
        if (rows == null) {
            throw in.error("missing required field \"buttons\" (an array of rows)", "$");
        }
        if (rows.isEmpty() && !inline) {
            return Keyboard.remove();
        }
        return new Keyboard(inline ? KeyboardType.INLINE : KeyboardType.STANDARD, rows, oneTime, false,
                Optional.empty());
    }

    private static List<List<Button>> rows(KeyboardJsonInput in) {
        in.expect(JsonToken.START_ARRAY, "buttons", "an array of rows");
        List<List<Button>> rows = new ArrayList<>();
        while (in.next() != JsonToken.END_ARRAY) {
            String rowPath = "buttons[" + rows.size() + "]";
            in.expect(JsonToken.START_ARRAY, rowPath, "an array of buttons");
            List<Button> row = new ArrayList<>();
            while (in.next() != JsonToken.END_ARRAY) {
                row.add(button(in, rowPath + "[" + row.size() + "]"));
            }
            rows.add(row);
        }
        return rows;
    }

    private static Button button(KeyboardJsonInput in, String path) {
        in.expect(JsonToken.START_OBJECT, path, "a button object");
        Button action = null;
        Style style = Style.DEFAULT;
        while (in.next() == JsonToken.FIELD_NAME) {
            String field = in.fieldName();
            String fieldPath = KeyboardJsonInput.fieldPath(path, field);
            if (!field.equals("action") && !field.equals("color")) {
                throw in.error("unknown field \"" + field + "\"; expected action, color", fieldPath);
            }
            in.next();
            if (field.equals("action")) {
                action = action(in, fieldPath);
            } else {
                style = color(in, fieldPath);
            }
        }
        if (action == null) {
            throw in.error("missing required field \"action\"", path);
        }
        return action.withStyle(style);
    }

    private static Button action(KeyboardJsonInput in, String path) {
        in.expect(JsonToken.START_OBJECT, path, "an action object");
        KeyboardJsonInput.Position start = in.position();
        Map<String, Object> values = new HashMap<>();
        String type = null;
        Map<String, KeyboardJsonInput.Position> positions = new HashMap<>();
        while (in.next() == JsonToken.FIELD_NAME) {
            String field = in.fieldName();
            String fieldPath = KeyboardJsonInput.fieldPath(path, field);
            positions.put(field, in.position());
            in.next();
            switch (field) {
                case "type" -> type = in.string(fieldPath);
                case "label", "link", "hash" -> values.put(field, in.string(fieldPath));
                case "app_id", "owner_id" -> values.put(field, in.integer(fieldPath));
                // VK takes the payload as a JSON string; an object is kept as its JSON text.
                case "payload" -> values.put(field, in.current() == JsonToken.VALUE_STRING ? in.string(fieldPath)
                        : in.valueText());
                default -> values.put(field, in.valueText());
            }
        }
        if (type == null) {
            throw in.error("missing required field \"type\"", path, start);
        }
        String label = (String) values.getOrDefault("label", "");
        List<String> allowed = ACTION_FIELDS.get(type);
        if (allowed == null) {
            // Intents and action types Switchboard does not know: their fields are VK's business.
            return Button.unrepresentable(PlatformId.VK, type, label);
        }
        for (String field : values.keySet()) {
            if (!allowed.contains(field)) {
                throw in.error("unknown field \"" + field + "\" for a " + type + " action; expected type, "
                        + String.join(", ", allowed), KeyboardJsonInput.fieldPath(path, field), positions.get(field));
            }
        }
        Optional<String> payload = Optional.ofNullable((String) values.get("payload")).map(VkPayload::decode);
        return switch (type) {
            case "text" -> payload.isPresent() ? Button.text(label, payload.get()) : Button.text(label);
            case "callback" -> Button.callback(label, payload.orElse(""));
            default -> payload.isPresent() ? Button.unrepresentable(PlatformId.VK, type + " with a payload", label)
                    : withoutPayload(type, label, values);
        };
    }

    private static Button withoutPayload(String type, String label, Map<String, Object> values) {
        return switch (type) {
            case "open_link" -> Button.link(label, (String) values.getOrDefault("link", ""));
            case "location" -> Button.location();
            case "vkpay" -> Button.pay((String) values.getOrDefault("hash", ""));
            default -> new AppButton(label, Optional.empty(),
                    optionalLong(values.get("app_id")), optionalLong(values.get("owner_id")),
                    Optional.ofNullable((String) values.get("hash")), Style.DEFAULT);
        };
    }

    private static OptionalLong optionalLong(Object value) {
        return value == null ? OptionalLong.empty() : OptionalLong.of((Long) value);
    }

    private static Style color(KeyboardJsonInput in, String path) {
        String name = in.string(path);
        return switch (name) {
            case "primary" -> Style.PRIMARY;
            case "secondary", "default" -> Style.SECONDARY;
            case "positive" -> Style.POSITIVE;
            case "negative" -> Style.NEGATIVE;
            default -> throw in.error("unknown color \"" + name + "\"; expected primary, secondary, positive or negative",
                    path);
        };
    }
}

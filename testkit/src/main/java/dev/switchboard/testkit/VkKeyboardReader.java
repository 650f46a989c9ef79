package dev.switchboard.testkit;

import com.fasterxml.jackson.databind.JsonNode;
import dev.switchboard.core.keyboard.Button;
import dev.switchboard.core.keyboard.Keyboard;
import dev.switchboard.core.keyboard.KeyboardBuilder;
import dev.switchboard.core.keyboard.Style;
import dev.switchboard.vk.VkPlatform;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads a VK {@code keyboard} object that passed {@link VkKeyboardCheck} back into a neutral
 * {@link Keyboard}: payloads decoded with {@link VkPlatform#decodePayload}, colours as styles.
 */
final class VkKeyboardReader {
    private VkKeyboardReader() {
    }

    static Keyboard read(JsonNode keyboard) {
        if (keyboard.path("buttons").isEmpty()) {
            return Keyboard.remove();
        }
        boolean inline = keyboard.path("inline").asBoolean(false);
        KeyboardBuilder builder = inline ? Keyboard.inline() : Keyboard.standard();
        if (!inline) {
            builder.oneTime(keyboard.path("one_time").asBoolean(false));
        }
        for (JsonNode row : keyboard.path("buttons")) {
            List<Button> buttons = new ArrayList<>();
            row.forEach(button -> buttons.add(button(button)));
            builder.row(buttons);
        }
        return builder.build();
    }

    private static Button button(JsonNode button) {
        JsonNode action = button.path("action");
        String label = action.path("label").asText("");
        JsonNode payload = action.get("payload");
        Button read = switch (action.path("type").asText()) {
            case "callback" -> Button.callback(label, payload == null ? "" : VkPlatform.decodePayload(payload.asText()));
            case "text" -> payload == null ? Button.text(label) : Button.text(label, VkPlatform.decodePayload(payload.asText()));
            case "open_link" -> Button.link(label, action.path("link").asText());
            case "location" -> Button.location();
            case "open_app" -> Button.vkApp(label, action.path("app_id").asLong(), action.path("owner_id").asLong(),
                    action.path("hash").asText(""));
            case "vkpay" -> Button.pay(action.path("hash").asText());
            default -> throw new IllegalStateException("unchecked VK button type: " + action);
        };
        return switch (button.path("color").asText("")) {
            case "primary" -> read.withStyle(Style.PRIMARY);
            case "secondary" -> read.withStyle(Style.SECONDARY);
            case "positive" -> read.withStyle(Style.POSITIVE);
            case "negative" -> read.withStyle(Style.NEGATIVE);
            default -> read;
        };
    }
}

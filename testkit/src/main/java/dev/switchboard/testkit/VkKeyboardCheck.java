package dev.switchboard.testkit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.switchboard.core.keyboard.ButtonKind;
import dev.switchboard.core.keyboard.KeyboardType;
import dev.switchboard.core.validate.KeyboardRules;
import dev.switchboard.core.validate.Shape;
import dev.switchboard.vk.VkPlatform;
import java.io.IOException;
import java.util.Map;

/**
 * Checks a {@code keyboard} parameter the way VK does, whatever the client validated: numbers come
 * from {@link VkPlatform#rules()} so the fake and the validator cannot drift, including which
 * buttons must be alone in their row (location, vkpay, open_app). Any problem is VK error 911. Stateless and thread-safe.
 */
final class VkKeyboardCheck {
    /** The action types VK knows, and whether each carries a label. */
    private static final Map<String, Boolean> LABELLED = Map.of(
            "text", true, "callback", true, "open_link", true, "open_app", true,
            "location", false, "vkpay", false);
    /** The neutral kind of each VK action type, to read the full-width rule from the rules. */
    private static final Map<String, ButtonKind> KINDS = Map.of(
            "text", ButtonKind.TEXT, "callback", ButtonKind.CALLBACK, "open_link", ButtonKind.LINK,
            "open_app", ButtonKind.APP, "location", ButtonKind.LOCATION, "vkpay", ButtonKind.PAY);

    private final KeyboardRules rules = VkPlatform.rules();
    private final ObjectMapper json;

    VkKeyboardCheck(ObjectMapper json) {
        this.json = json;
    }

    /** The parsed keyboard, or null when VK would answer 911 for {@code text}. */
    JsonNode parse(String text) {
        JsonNode keyboard;
        try {
            keyboard = json.readTree(text);
        } catch (IOException e) {
            return null;
        }
        return keyboard != null && valid(keyboard) ? keyboard : null;
    }

    private boolean valid(JsonNode keyboard) {
        JsonNode buttons = keyboard.get("buttons");
        if (!keyboard.isObject() || buttons == null || !buttons.isArray()) {
            return false;
        }
        boolean inline = keyboard.path("inline").asBoolean(false);
        Shape shape = rules.shape(inline ? KeyboardType.INLINE : KeyboardType.STANDARD);
        if (shape.maxRows().isPresent() && buttons.size() > shape.maxRows().getAsInt()) {
            return false;
        }
        int count = 0;
        for (JsonNode row : buttons) {
            if (!row.isArray() || row.isEmpty() || row.size() > shape.maxButtonsPerRow()) {
                return false;
            }
            for (JsonNode button : row) {
                count++;
                if (!validButton(button) || (row.size() > 1 && fullWidth(button))) {
                    return false;
                }
            }
        }
        return count <= shape.maxButtons();
    }

    /** A location, vkpay or open_app button must be alone in its row (VkPlatform.rules() fullWidthKinds). */
    private boolean fullWidth(JsonNode button) {
        ButtonKind kind = KINDS.get(button.path("action").path("type").asText());
        return kind != null && rules.fullWidthKinds().contains(kind);
    }

    /** Whether VK takes {@code button} (a keyboard or carousel button): a known action, its label and payload within limits. */
    boolean validButton(JsonNode button) {
        JsonNode action = button.get("action");
        if (action == null || !action.isObject() || !action.path("type").isTextual()) {
            return false;
        }
        Boolean labelled = LABELLED.get(action.get("type").asText());
        if (labelled == null) {
            return false;
        }
        if (labelled) {
            String label = action.path("label").asText("");
            int max = rules.maxLabelLength().orElse(Integer.MAX_VALUE);
            if (label.isEmpty() || label.length() > max) {
                return false;
            }
        }
        JsonNode payload = action.get("payload");
        return payload == null || (payload.isTextual() && payload.asText().length() <= rules.payload().maxSize());
    }
}

package dev.switchboard.testkit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.switchboard.core.cards.CardRules;
import dev.switchboard.vk.VkPlatform;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

/**
 * Checks a {@code template} parameter the way VK does for a carousel, whatever the client validated:
 * numbers come from {@link VkPlatform#carouselRules()} so the fake and the validator cannot drift.
 * Type {@code carousel}; 1 to the most elements; each with 1–3 buttons VK's keyboard check takes,
 * a {@code photo_id} or a {@code title}, title and description within their lengths; every
 * element with the fields and the button count of the first. Stateless and thread-safe.
 */
final class VkCarouselCheck {
    private final CardRules rules = VkPlatform.carouselRules();
    private final ObjectMapper json;
    private final VkKeyboardCheck buttons;

    VkCarouselCheck(ObjectMapper json, VkKeyboardCheck buttons) {
        this.json = json;
        this.buttons = buttons;
    }

    /** The parsed template, or null when VK would refuse {@code text}. */
    JsonNode parse(String text) {
        JsonNode template;
        try {
            template = json.readTree(text);
        } catch (IOException e) {
            return null;
        }
        return template != null && valid(template) ? template : null;
    }

    private boolean valid(JsonNode template) {
        JsonNode elements = template.path("elements");
        if (!template.path("type").asText().equals("carousel") || !elements.isArray() || elements.isEmpty()
                || elements.size() > rules.maxCards()) {
            return false;
        }
        JsonNode first = elements.get(0);
        for (JsonNode element : elements) {
            if (!validElement(element) || !fields(element).equals(fields(first))
                    || element.path("buttons").size() != first.path("buttons").size()) {
                return false;
            }
        }
        return true;
    }

    private boolean validElement(JsonNode element) {
        JsonNode elementButtons = element.path("buttons");
        if (!element.isObject() || !elementButtons.isArray() || elementButtons.size() < rules.minButtons()
                || elementButtons.size() > rules.maxButtons()) {
            return false;
        }
        if (!element.has("photo_id") && !element.has("title")) {
            return false;
        }
        if (element.path("title").asText("").length() > rules.maxTitleLength()
                || element.path("description").asText("").length() > rules.maxDescriptionLength()) {
            return false;
        }
        for (JsonNode button : elementButtons) {
            if (!buttons.validButton(button)) {
                return false;
            }
        }
        return true;
    }

    private static List<String> fields(JsonNode element) {
        List<String> names = new ArrayList<>();
        for (Iterator<String> it = element.fieldNames(); it.hasNext(); ) {
            names.add(it.next());
        }
        names.sort(null);
        return names;
    }
}

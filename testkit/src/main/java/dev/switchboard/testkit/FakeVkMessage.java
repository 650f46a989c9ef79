package dev.switchboard.testkit;

import com.fasterxml.jackson.databind.JsonNode;
import dev.switchboard.core.keyboard.Keyboard;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A message the bot sent through {@link FakeVk}, as it stands now (edits replace it).
 *
 * @param peerId the conversation
 * @param conversationMessageId its id within the conversation (1, 2, … per peer)
 * @param messageId its global id
 * @param text the current text
 * @param keyboard the current keyboard as parsed JSON; empty when none (or one with no buttons)
 */
public record FakeVkMessage(long peerId, long conversationMessageId, long messageId, String text,
                            Optional<JsonNode> keyboard) {
    /**
     * The keyboard as a neutral {@link Keyboard} (payloads decoded as the VK adapter encodes them,
     * colours as styles); empty when the message has none.
     */
    public Optional<Keyboard> neutralKeyboard() {
        return keyboard.map(VkFakeKeyboardReader::read);
    }

    /** The labels of the keyboard's buttons, row by row (empty strings for unlabelled ones). */
    public List<List<String>> buttonLabels() {
        List<List<String>> rows = new ArrayList<>();
        keyboard.ifPresent(k -> k.path("buttons").forEach(row -> {
            List<String> labels = new ArrayList<>();
            row.forEach(button -> labels.add(button.path("action").path("label").asText("")));
            rows.add(List.copyOf(labels));
        }));
        return List.copyOf(rows);
    }
}

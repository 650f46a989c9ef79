package dev.switchboard.testkit;

import com.fasterxml.jackson.databind.JsonNode;
import dev.switchboard.core.PlatformId;
import java.util.Optional;

/**
 * A bot message as {@link VkState} keeps it: both VK ids, the text and the keyboard JSON (a
 * standard keyboard's removal, {@code "buttons":[]} without {@code inline}, is kept; an empty
 * inline keyboard means none) and the carousel {@code template} JSON, if any.
 */
record VkMessage(long peerId, long conversationMessageId, long messageId, String text,
                     Optional<JsonNode> keyboard, Optional<JsonNode> template) {

    /** The public view: chatId = peer_id, messageId = conversation_message_id (what MessageRef carries). */
    SentMessage toSent() {
        return new SentMessage(PlatformId.VK, peerId, conversationMessageId, text, keyboard,
                keyboard.map(VkKeyboardReader::read), template);
    }
}

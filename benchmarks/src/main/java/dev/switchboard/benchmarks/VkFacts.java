package dev.switchboard.benchmarks;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.vk.api.sdk.objects.callback.InfoForBots;
import com.vk.api.sdk.objects.callback.MessageNew;
import com.vk.api.sdk.objects.messages.Message;
import dev.switchboard.core.event.ButtonPress;
import dev.switchboard.core.event.ClientCapabilities;
import dev.switchboard.core.event.MessageReceived;
import dev.switchboard.core.event.Update;
import dev.switchboard.vk.VkPlatform;

/**
 * What a bot needs from one VK event, extracted alike from ours and vk-java-sdk's result.
 * Payloads are compared as neutral strings: the peer's raw payload JSON is unwrapped with
 * {@link VkPlatform#decodePayload} here, outside the timed code. Absent values are null.
 *
 * @param eventId the envelope's {@code event_id}
 * @param pressId {@code message_event}'s own {@code event_id}
 * @param userId sender ({@code from_id}) or presser ({@code user_id})
 * @param peerId {@code peer_id}
 * @param messageId {@code conversation_message_id}
 * @param payload the neutral payload
 * @param text message text
 * @param inlineKeyboard {@code client_info.inline_keyboard}
 * @param langId {@code client_info.lang_id}
 */
public record VkFacts(String eventId, String pressId, Long userId, Long peerId, Long messageId, String payload,
                      String text, Boolean inlineKeyboard, Integer langId) {

    /** The facts of our neutral event. */
    public static VkFacts of(Update update) {
        String eventId = update.updateId().orElse(null);
        if (update instanceof ButtonPress p) {
            return new VkFacts(eventId, p.pressId(), p.userId(), p.chatId().getAsLong(), p.messageId().getAsLong(),
                    p.payload().orElse(null), null, null, null);
        }
        MessageReceived m = (MessageReceived) update;
        ClientCapabilities client = m.client().orElseThrow();
        return new VkFacts(eventId, null, m.userId().getAsLong(), m.chatId(), m.messageId(), m.payload().orElse(null),
                m.text(), client.inlineKeyboard(), client.langId());
    }

    /** The facts of vk-java-sdk's {@link MessageNew}. */
    public static VkFacts of(MessageNew event) {
        Message m = event.getObject().getMessage();
        InfoForBots client = event.getObject().getClientInfo();
        return new VkFacts(event.getEventId(), null, m.getFromId(), m.getPeerId(),
                m.getConversationMessageId().longValue(), VkPlatform.decodePayload(m.getPayload()), m.getText(),
                client.getInlineKeyboard(), client.getLangId());
    }

    /** The facts of a {@code message_event} read as a generic {@link JsonObject}. */
    public static VkFacts of(JsonObject envelope) {
        JsonObject object = envelope.getAsJsonObject("object");
        JsonElement payload = object.get("payload");
        String raw = payload.isJsonPrimitive() ? payload.getAsString() : payload.toString();
        return new VkFacts(envelope.get("event_id").getAsString(), object.get("event_id").getAsString(),
                object.get("user_id").getAsLong(), object.get("peer_id").getAsLong(),
                object.get("conversation_message_id").getAsLong(), VkPlatform.decodePayload(raw), null, null, null);
    }
}

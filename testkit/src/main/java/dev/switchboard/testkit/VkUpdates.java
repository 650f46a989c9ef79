package dev.switchboard.testkit;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** Builds Bots Long Poll update objects shaped like the recorded ones (vk-adapter/src/test/resources/vk). */
final class VkUpdates {
    private VkUpdates() {
    }

    static ObjectNode messageNew(long groupId, String eventId, long fromId, long peerId, long messageId,
                                 long conversationMessageId, String text, String payload) {
        return messageNew(groupId, eventId, fromId, peerId, messageId, conversationMessageId, text, payload, true);
    }

    /** As above, from a client whose {@code client_info.carousel} is {@code carousel}. */
    static ObjectNode messageNew(long groupId, String eventId, long fromId, long peerId, long messageId,
                                 long conversationMessageId, String text, String payload, boolean carousel) {
        ObjectNode update = envelope(groupId, "message_new", eventId);
        ObjectNode object = update.putObject("object");
        ObjectNode message = object.putObject("message");
        message.put("date", System.currentTimeMillis() / 1000).put("from_id", fromId).put("id", messageId)
                .put("out", 0).put("conversation_message_id", conversationMessageId).put("peer_id", peerId)
                .put("random_id", 0).put("text", text).put("important", false).put("is_hidden", false);
        message.putArray("attachments");
        message.putArray("fwd_messages");
        if (payload != null) {
            message.put("payload", payload);
        }
        ObjectNode clientInfo = object.putObject("client_info");
        clientInfo.putArray("button_actions").add("text").add("vkpay").add("open_app").add("location")
                .add("open_link").add("callback");
        clientInfo.put("keyboard", true).put("inline_keyboard", true).put("carousel", carousel).put("lang_id", 0);
        return update;
    }

    static ObjectNode messageEvent(long groupId, String eventId, long userId, long peerId, String pressId,
                                   String payload, long conversationMessageId) {
        ObjectNode update = envelope(groupId, "message_event", eventId);
        ObjectNode object = update.putObject("object").put("user_id", userId).put("peer_id", peerId)
                .put("event_id", pressId).put("payload", payload);
        if (conversationMessageId > 0) {
            object.put("conversation_message_id", conversationMessageId);
        }
        return update;
    }

    /**
     * {@code group_join} ({@code join_type} join) or {@code group_leave} ({@code self} 1), as
     * vk/group_join.json and vk/group_leave.json in vk-adapter's test resources.
     */
    static ObjectNode membership(long groupId, String eventId, long userId, boolean joins) {
        ObjectNode update = envelope(groupId, joins ? "group_join" : "group_leave", eventId);
        ObjectNode object = update.putObject("object").put("user_id", userId);
        if (joins) {
            object.put("join_type", "join");
        } else {
            object.put("self", 1);
        }
        return update;
    }

    /** {@code message_deny} (blocked) or {@code message_allow} (unblocked, with an empty key). */
    static ObjectNode permission(long groupId, String eventId, long userId, boolean allow) {
        ObjectNode update = envelope(groupId, allow ? "message_allow" : "message_deny", eventId);
        ObjectNode object = update.putObject("object").put("user_id", userId);
        if (allow) {
            object.put("key", "");
        }
        return update;
    }

    private static ObjectNode envelope(long groupId, String type, String eventId) {
        return JsonNodeFactory.instance.objectNode().put("group_id", groupId).put("type", type)
                .put("event_id", eventId).put("v", "5.199");
    }
}

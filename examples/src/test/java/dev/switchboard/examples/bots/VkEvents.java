package dev.switchboard.examples.bots;

import dev.switchboard.vk.VkPlatform;

/** VK Bots Long Poll events for the fake server, in the private chat of user 612512941. */
final class VkEvents {
    static final long USER = 612512941L;

    private VkEvents() {
    }

    /** The user pressed the Start button. */
    static String startButton(String eventId) {
        return message(eventId, "Начать", "{\\\"command\\\":\\\"start\\\"}");
    }

    /** A message; {@code escapedPayload} is the payload as it sits in a JSON string, or null. */
    static String message(String eventId, String text, String escapedPayload) {
        return "{\"group_id\":" + WireMockPlatforms.GROUP + ",\"type\":\"message_new\",\"event_id\":\"" + eventId
                + "\",\"v\":\"5.199\",\"object\":{\"message\":{\"date\":1700000100,\"from_id\":" + USER + ",\"id\":42,"
                + "\"out\":0,\"attachments\":[],\"conversation_message_id\":1,\"fwd_messages\":[],\"important\":false,"
                + "\"is_hidden\":false,\"peer_id\":" + USER + ",\"random_id\":0,\"text\":\"" + text + "\""
                + (escapedPayload == null ? "" : ",\"payload\":\"" + escapedPayload + "\"") + "},"
                + "\"client_info\":{\"button_actions\":[\"text\",\"location\",\"open_link\",\"callback\"],"
                + "\"keyboard\":1,\"inline_keyboard\":1,\"carousel\":0,\"lang_id\":3}}}";
    }

    /** A press of a callback button with {@code payload} on message {@code conversationMessageId}. */
    static String press(String eventId, String pressId, long conversationMessageId, String payload) {
        String envelope = VkPlatform.encodePayload(payload).replace("\\", "\\\\").replace("\"", "\\\"");
        return "{\"group_id\":" + WireMockPlatforms.GROUP + ",\"type\":\"message_event\",\"event_id\":\"" + eventId
                + "\",\"v\":\"5.199\",\"object\":{\"user_id\":" + USER + ",\"peer_id\":" + USER + ",\"event_id\":\""
                + pressId + "\",\"payload\":\"" + envelope + "\",\"conversation_message_id\":"
                + conversationMessageId + "}}";
    }

    /** The user allowed (true) or denied (false) messages from the community. */
    static String allow(String eventId, boolean allow) {
        return "{\"group_id\":" + WireMockPlatforms.GROUP + ",\"type\":\"message_" + (allow ? "allow" : "deny")
                + "\",\"event_id\":\"" + eventId + "\",\"v\":\"5.199\",\"object\":{\"user_id\":" + USER
                + (allow ? ",\"key\":\"landing\"" : "") + "}}";
    }
}

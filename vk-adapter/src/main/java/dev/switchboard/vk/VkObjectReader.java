package dev.switchboard.vk;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;

/**
 * Reads the {@code object} of the modelled event types into
 * {@link VkEventFields}, checking required fields at the object's closing brace. Every method
 * takes the parser on the object's START_OBJECT and leaves it on the matching END_OBJECT.
 * Unknown fields are skipped without being materialised. Stateless.
 */
final class VkObjectReader {
    static final String CHAT_INVITE_USER = "chat_invite_user";
    static final String CHAT_INVITE_USER_BY_LINK = "chat_invite_user_by_link";
    static final String CHAT_KICK_USER = "chat_kick_user";

    private static final String MESSAGE = "object.message";
    private static final String CLIENT_INFO = "object.client_info";

    private VkObjectReader() {
    }

    static void read(VkEventType type, JsonParser p, VkSource src, VkEventFields f) throws IOException {
        switch (type) {
            case MESSAGE_NEW -> readMessageNew(p, src, f);
            case MESSAGE_EVENT -> readMessageEvent(p, src, f);
            case MESSAGE_ALLOW, MESSAGE_DENY, GROUP_JOIN, GROUP_LEAVE -> readMember(p, src, f);
            case OTHER -> p.skipChildren();
        }
    }

    /** True for the {@code message.action} types read as a membership change. */
    static boolean isMembershipAction(String actionType) {
        return CHAT_INVITE_USER.equals(actionType) || CHAT_KICK_USER.equals(actionType)
                || CHAT_INVITE_USER_BY_LINK.equals(actionType);
    }

    private static void readMessageNew(JsonParser p, VkSource src, VkEventFields f) throws IOException {
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String name = p.currentName();
            JsonToken value = p.nextToken();
            if ("message".equals(name)) {
                if (value != JsonToken.START_OBJECT) {
                    throw VkJson.wrongType(p, src, MESSAGE, "an object");
                }
                readMessage(p, src, f);
            } else if ("client_info".equals(name) && value != JsonToken.VALUE_NULL) {
                if (value != JsonToken.START_OBJECT) {
                    throw VkJson.wrongType(p, src, CLIENT_INFO, "an object");
                }
                f.client = VkClientInfo.read(p, src);
            } else {
                p.skipChildren();
            }
        }
        if (!f.hasMessage) {
            throw VkJson.missing(p, src, MESSAGE);
        }
    }

    private static void readMessage(JsonParser p, VkSource src, VkEventFields f) throws IOException {
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String name = p.currentName();
            JsonToken value = p.nextToken();
            switch (name) {
                case "from_id" -> {
                    f.fromId = VkJson.longValue(p, src, "object.message.from_id");
                    f.hasFromId = true;
                }
                case "peer_id" -> {
                    f.peerId = VkJson.longValue(p, src, "object.message.peer_id");
                    f.hasPeerId = true;
                }
                case "conversation_message_id" -> {
                    if (value != JsonToken.VALUE_NULL) {
                        f.messageId = VkJson.longValue(p, src, "object.message.conversation_message_id");
                        f.hasMessageId = true;
                    }
                }
                case "text" -> f.text = value == JsonToken.VALUE_NULL ? null
                        : stripMention(VkJson.string(p, src, "object.message.text"));
                case "payload" -> f.payload = VkJson.payload(p, src);
                case "action" -> {
                    if (value != JsonToken.VALUE_NULL) {
                        readAction(p, src, f);
                    }
                }
                default -> p.skipChildren();
            }
        }
        f.hasMessage = true;
        if (!f.hasPeerId) {
            throw VkJson.missing(p, src, "object.message.peer_id");
        }
        if (isMembershipAction(f.actionType)) {
            if (!f.hasFromId) {
                throw VkJson.missing(p, src, "object.message.from_id");
            }
        } else if (!f.hasMessageId) {
            throw VkJson.missing(p, src, "object.message.conversation_message_id");
        }
    }

    private static void readAction(JsonParser p, VkSource src, VkEventFields f) throws IOException {
        if (p.currentToken() != JsonToken.START_OBJECT) {
            throw VkJson.wrongType(p, src, "object.message.action", "an object");
        }
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String name = p.currentName();
            JsonToken value = p.nextToken();
            if ("type".equals(name)) {
                f.actionType = VkJson.string(p, src, "object.message.action.type");
            } else if ("member_id".equals(name) && value != JsonToken.VALUE_NULL) {
                f.memberId = VkJson.longValue(p, src, "object.message.action.member_id");
                f.hasMemberId = true;
            } else {
                p.skipChildren();
            }
        }
        if (!f.hasMemberId && (CHAT_INVITE_USER.equals(f.actionType) || CHAT_KICK_USER.equals(f.actionType))) {
            throw VkJson.missing(p, src, "object.message.action.member_id");
        }
    }

    private static void readMessageEvent(JsonParser p, VkSource src, VkEventFields f) throws IOException {
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String name = p.currentName();
            JsonToken value = p.nextToken();
            switch (name) {
                case "event_id" -> f.pressId = VkJson.string(p, src, "object.event_id");
                case "user_id" -> {
                    f.userId = VkJson.longValue(p, src, "object.user_id");
                    f.hasUserId = true;
                }
                case "peer_id" -> {
                    f.peerId = VkJson.longValue(p, src, "object.peer_id");
                    f.hasPeerId = true;
                }
                case "conversation_message_id" -> {
                    if (value != JsonToken.VALUE_NULL) {
                        f.messageId = VkJson.longValue(p, src, "object.conversation_message_id");
                        f.hasMessageId = true;
                    }
                }
                case "payload" -> f.payload = VkJson.payload(p, src);
                default -> p.skipChildren();
            }
        }
        if (f.pressId == null) {
            throw VkJson.missing(p, src, "object.event_id");
        }
        if (!f.hasUserId) {
            throw VkJson.missing(p, src, "object.user_id");
        }
        if (!f.hasPeerId) {
            throw VkJson.missing(p, src, "object.peer_id");
        }
    }

    /** {@code message_allow}, {@code message_deny}, {@code group_join} and {@code group_leave}. */
    private static void readMember(JsonParser p, VkSource src, VkEventFields f) throws IOException {
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String name = p.currentName();
            JsonToken value = p.nextToken();
            if ("user_id".equals(name)) {
                f.userId = VkJson.longValue(p, src, "object.user_id");
                f.hasUserId = true;
            } else if ("join_type".equals(name) && value != JsonToken.VALUE_NULL) {
                f.joinType = VkJson.string(p, src, "object.join_type");
            } else if ("self".equals(name) && value != JsonToken.VALUE_NULL) {
                f.self = VkJson.flag(p, src, "object.self") ? 1 : 0;
            } else {
                p.skipChildren();
            }
        }
        if (!f.hasUserId) {
            throw VkJson.missing(p, src, "object.user_id");
        }
    }

    /**
     * The text without a leading community mention: {@code [club<digits>|name]} or
     * {@code [public<digits>|name]}, then an optional comma and optional whitespace, as VK prefixes
     * messages addressed to the bot in chats. User mentions ({@code [id1|…]}) are kept.
     */
    static String stripMention(String text) {
        if (text.isEmpty() || text.charAt(0) != '[') {
            return text;
        }
        int i;
        if (text.startsWith("club", 1)) {
            i = 5;
        } else if (text.startsWith("public", 1)) {
            i = 7;
        } else {
            return text;
        }
        int digits = i;
        int length = text.length();
        while (i < length && text.charAt(i) >= '0' && text.charAt(i) <= '9') {
            i++;
        }
        if (i == digits || i >= length || text.charAt(i) != '|') {
            return text;
        }
        int close = text.indexOf(']', i + 1);
        if (close <= i + 1) {
            return text;
        }
        i = close + 1;
        if (i < length && text.charAt(i) == ',') {
            i++;
        }
        while (i < length && Character.isWhitespace(text.charAt(i))) {
            i++;
        }
        return text.substring(i);
    }
}

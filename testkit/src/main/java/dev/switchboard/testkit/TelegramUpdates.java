package dev.switchboard.testkit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Builds the bodies of incoming updates (without {@code update_id}, which the state assigns)
 * in the shapes of the recorded ones (telegram-adapter/src/test/resources/telegram): a private
 * text message, a callback query, {@code my_chat_member} for block and unblock and
 * {@code chat_member} for joins and leaves.
 */
final class TelegramUpdates {
    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

    private TelegramUpdates() {
    }

    static ObjectNode user(long userId, String name) {
        return JSON.objectNode().put("id", userId).put("is_bot", false).put("first_name", name);
    }

    static ObjectNode privateChat(long chatId, String name) {
        return JSON.objectNode().put("id", chatId).put("first_name", name).put("type", "private");
    }

    static ObjectNode bot(long botId) {
        return JSON.objectNode().put("id", botId).put("is_bot", true).put("first_name", "Fake")
                .put("username", "fake_switchboard_bot");
    }

    static ObjectNode textMessage(long chatId, String name, long messageId, String text, long date) {
        ObjectNode message = JSON.objectNode().put("message_id", messageId);
        message.set("from", user(chatId, name));
        message.set("chat", privateChat(chatId, name));
        message.put("date", date).put("text", text);
        if (text.startsWith("/")) {
            int end = text.indexOf(' ');
            message.putArray("entities").addObject().put("offset", 0)
                    .put("length", end < 0 ? text.length() : end).put("type", "bot_command");
        }
        ObjectNode update = JSON.objectNode();
        update.set("message", message);
        return update;
    }

    /** The message object the bot's own message is seen as, in results and in callback queries. */
    static ObjectNode botMessage(long botId, SentMessage sent, String chatName, long date) {
        ObjectNode message = JSON.objectNode().put("message_id", sent.messageId());
        message.set("from", bot(botId));
        message.set("chat", sent.chatId() < 0
                ? JSON.objectNode().put("id", sent.chatId()).put("title", chatName).put("type", "supergroup")
                : privateChat(sent.chatId(), chatName));
        message.put("date", date).put("text", sent.text());
        sent.markup().ifPresent(markup -> message.set("reply_markup", markup.deepCopy()));
        return message;
    }

    static ObjectNode callbackQuery(String queryId, ObjectNode from, JsonNode message, String data) {
        ObjectNode query = JSON.objectNode().put("id", queryId);
        query.set("from", from);
        query.set("message", message);
        query.put("chat_instance", Long.toString(from.get("id").asLong() * 31)).put("data", data);
        ObjectNode update = JSON.objectNode();
        update.set("callback_query", query);
        return update;
    }

    static ObjectNode myChatMember(long chatId, String name, long botId, boolean blocked, long date) {
        ObjectNode member = JSON.objectNode();
        member.set("chat", privateChat(chatId, name));
        member.set("from", user(chatId, name));
        member.put("date", date);
        member.set("old_chat_member", status(botId, blocked ? "member" : "kicked"));
        ObjectNode now = status(botId, blocked ? "kicked" : "member");
        if (blocked) {
            now.put("until_date", 0);
        }
        member.set("new_chat_member", now);
        ObjectNode update = JSON.objectNode();
        update.set("my_chat_member", member);
        return update;
    }

    /**
     * {@code chat_member} in group {@code groupId}: user {@code userId} joins (left → member) or
     * leaves (member → left) by themselves, as telegram/chat_member_joined_via_link.json in
     * telegram-adapter's test resources.
     */
    static ObjectNode chatMember(long groupId, long userId, String name, boolean joins, long date) {
        ObjectNode member = JSON.objectNode();
        member.set("chat", JSON.objectNode().put("id", groupId).put("title", "Group " + groupId).put("type", "supergroup"));
        member.set("from", user(userId, name));
        member.put("date", date);
        ObjectNode before = JSON.objectNode();
        before.set("user", user(userId, name));
        before.put("status", joins ? "left" : "member");
        ObjectNode after = JSON.objectNode();
        after.set("user", user(userId, name));
        after.put("status", joins ? "member" : "left");
        member.set("old_chat_member", before);
        member.set("new_chat_member", after);
        ObjectNode update = JSON.objectNode();
        update.set("chat_member", member);
        return update;
    }

    private static ObjectNode status(long botId, String status) {
        ObjectNode member = JSON.objectNode();
        member.set("user", bot(botId));
        return member.put("status", status);
    }
}

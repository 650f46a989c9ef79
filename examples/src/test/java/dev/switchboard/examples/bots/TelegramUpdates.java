package dev.switchboard.examples.bots;

/** Telegram updates for the fake server, in private chat 222 with user 222 unless said otherwise. */
final class TelegramUpdates {
    private TelegramUpdates() {
    }

    /** A text message; a leading {@code /word} is marked as a bot command. */
    static String command(long updateId, String text) {
        String entities = text.startsWith("/")
                ? ",\"entities\":[{\"offset\":0,\"length\":" + text.split(" ")[0].length() + ",\"type\":\"bot_command\"}]"
                : "";
        return "{\"update_id\":" + updateId + ",\"message\":{\"message_id\":" + updateId
                + ",\"from\":{\"id\":222,\"is_bot\":false,\"first_name\":\"Vitya\"},"
                + "\"chat\":{\"id\":222,\"first_name\":\"Vitya\",\"type\":\"private\"},\"date\":1670598000,"
                + "\"text\":\"" + text + "\"" + entities + "}}";
    }

    /**
     * A press of {@code payload} on message {@code messageId}, whose inline keyboard is the
     * two-button one (as Telegram sends it, so an edit can keep it).
     */
    static String press(long updateId, String queryId, long messageId, String payload) {
        return press(updateId, queryId, messageId, payload,
                "[[{\"text\":\"Button 1\",\"callback_data\":\"btn:1\"},{\"text\":\"Button 2\",\"callback_data\":\"btn:2\"}]]");
    }

    /** A press of {@code payload} on message {@code messageId} carrying {@code inlineKeyboard} (JSON rows). */
    static String press(long updateId, String queryId, long messageId, String payload, String inlineKeyboard) {
        return "{\"update_id\":" + updateId + ",\"callback_query\":{\"id\":\"" + queryId + "\","
                + "\"from\":{\"id\":222,\"is_bot\":false,\"first_name\":\"Vitya\"},"
                + "\"message\":{\"message_id\":" + messageId + ",\"from\":{\"id\":7000000001,\"is_bot\":true,"
                + "\"first_name\":\"Switchboard\"},\"chat\":{\"id\":222,\"first_name\":\"Vitya\",\"type\":\"private\"},"
                + "\"date\":1670598762,\"text\":\"Press a button\","
                + "\"reply_markup\":{\"inline_keyboard\":" + inlineKeyboard + "}},"
                + "\"chat_instance\":\"6282145159071621880\",\"data\":\"" + payload + "\"}}";
    }

    /** The bot was blocked by user {@code userId} in their private chat. */
    static String blocked(long updateId, long userId) {
        return "{\"update_id\":" + updateId + ",\"my_chat_member\":{"
                + "\"chat\":{\"id\":" + userId + ",\"first_name\":\"Groosha\",\"type\":\"private\"},"
                + "\"from\":{\"id\":" + userId + ",\"is_bot\":false,\"first_name\":\"Groosha\"},\"date\":1670600000,"
                + "\"old_chat_member\":{\"user\":{\"id\":7000000001,\"is_bot\":true,\"first_name\":\"Switchboard\"},"
                + "\"status\":\"member\"},"
                + "\"new_chat_member\":{\"user\":{\"id\":7000000001,\"is_bot\":true,\"first_name\":\"Switchboard\"},"
                + "\"status\":\"kicked\",\"until_date\":0}}}";
    }

    /** Arthur (333) was promoted to administrator in supergroup -1001987654321 by Alice. */
    static String promoted(long updateId) {
        return "{\"update_id\":" + updateId + ",\"chat_member\":{"
                + "\"chat\":{\"id\":-1001987654321,\"title\":\"Test group\",\"type\":\"supergroup\"},"
                + "\"from\":{\"id\":173901673,\"is_bot\":false,\"first_name\":\"Alice\"},\"date\":1670600300,"
                + "\"old_chat_member\":{\"user\":{\"id\":333,\"is_bot\":false,\"first_name\":\"Arthur\"},"
                + "\"status\":\"member\"},"
                + "\"new_chat_member\":{\"user\":{\"id\":333,\"is_bot\":false,\"first_name\":\"Arthur\"},"
                + "\"status\":\"administrator\",\"can_be_edited\":true,\"is_anonymous\":false,"
                + "\"can_manage_chat\":true,\"can_delete_messages\":false,\"can_manage_video_chats\":false,"
                + "\"can_restrict_members\":true,\"can_promote_members\":false,\"can_change_info\":false,"
                + "\"can_invite_users\":true}}}";
    }
}

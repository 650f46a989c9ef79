package dev.switchboard.benchmarks.memory;

import com.fasterxml.jackson.core.io.JsonStringEncoder;
import dev.switchboard.core.transport.WebhookRequest;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The webhook requests one simulated chat sends: a text message, then a press on the first button
 * of the keyboard the bot answered with. Chat {@code n} is a Telegram private chat for even
 * {@code n} and a VK conversation for odd {@code n}, each with its own user; ids never repeat.
 * Thread-safe.
 */
final class ChatTraffic {
    static final String TELEGRAM_SECRET = "memory-soak-secret";
    static final long VK_GROUP = 218_375_169L;
    private static final long TELEGRAM_CHAT_BASE = 1_000_000_000L;
    private static final long VK_PEER_BASE = 100_000_000L;
    private static final Map<String, List<String>> TELEGRAM_HEADERS =
            Map.of("X-Telegram-Bot-Api-Secret-Token", List.of(TELEGRAM_SECRET));
    private static final Map<String, List<String>> VK_HEADERS = Map.of("Content-Type", List.of("application/json"));

    private final AtomicLong updates = new AtomicLong();

    private ChatTraffic() {
    }

    /** A source of requests whose update ids start at 1. */
    static ChatTraffic start() {
        return new ChatTraffic();
    }

    static boolean onTelegram(int chat) {
        return chat % 2 == 0;
    }

    /** The chat id (Telegram) or peer id (VK) of chat {@code n}, also its user's id. */
    static long chatId(int chat) {
        return onTelegram(chat) ? TELEGRAM_CHAT_BASE + chat : VK_PEER_BASE + chat;
    }

    /** Chat {@code n}'s user writes "menu". */
    WebhookRequest message(int chat) {
        long id = chatId(chat);
        long update = updates.incrementAndGet();
        String body = onTelegram(chat)
                ? "{\"update_id\":" + update + ",\"message\":{\"message_id\":1,\"from\":" + telegramUser(id)
                        + ",\"chat\":{\"id\":" + id + ",\"first_name\":\"U\",\"type\":\"private\"},"
                        + "\"date\":1700000000,\"text\":\"menu\"}}"
                : "{\"group_id\":" + VK_GROUP + ",\"type\":\"message_new\",\"event_id\":\"m" + update
                        + "\",\"v\":\"5.199\",\"object\":{\"message\":{\"date\":1700000000,\"from_id\":" + id
                        + ",\"id\":0,\"out\":0,\"conversation_message_id\":1,\"peer_id\":" + id
                        + ",\"text\":\"menu\",\"attachments\":[],\"fwd_messages\":[]},\"client_info\":{"
                        + "\"button_actions\":[\"text\",\"vkpay\",\"open_app\",\"location\",\"open_link\",\"callback\"],"
                        + "\"keyboard\":true,\"inline_keyboard\":true,\"carousel\":true,\"lang_id\":0}}}";
        return post(chat, body);
    }

    /** Chat {@code n}'s user presses the button whose callback data (VK: payload JSON) is {@code data}. */
    WebhookRequest press(int chat, String data) {
        long id = chatId(chat);
        long update = updates.incrementAndGet();
        String quoted = new String(JsonStringEncoder.getInstance().quoteAsString(data));
        String body = onTelegram(chat)
                ? "{\"update_id\":" + update + ",\"callback_query\":{\"id\":\"q" + update + "\",\"from\":"
                        + telegramUser(id) + ",\"message\":{\"message_id\":2,\"from\":{\"id\":1,\"is_bot\":true,"
                        + "\"first_name\":\"Bot\"},\"chat\":{\"id\":" + id + ",\"first_name\":\"U\",\"type\":\"private\"},"
                        + "\"date\":1700000000,\"text\":\"Pick\"},\"chat_instance\":\"" + id + "\",\"data\":\""
                        + quoted + "\"}}"
                : "{\"group_id\":" + VK_GROUP + ",\"type\":\"message_event\",\"event_id\":\"p" + update
                        + "\",\"v\":\"5.199\",\"object\":{\"user_id\":" + id + ",\"peer_id\":" + id
                        + ",\"event_id\":\"e" + update + "\",\"payload\":\"" + quoted
                        + "\",\"conversation_message_id\":1}}";
        return post(chat, body);
    }

    private static String telegramUser(long id) {
        return "{\"id\":" + id + ",\"is_bot\":false,\"first_name\":\"U\"}";
    }

    private static WebhookRequest post(int chat, String body) {
        return WebhookRequest.post(onTelegram(chat) ? TELEGRAM_HEADERS : VK_HEADERS,
                body.getBytes(StandardCharsets.UTF_8));
    }
}

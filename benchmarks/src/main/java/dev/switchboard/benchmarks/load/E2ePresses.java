package dev.switchboard.benchmarks.load;

import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * The presses an end-to-end run delivers, and what every contender must do about each: press
 * {@code i} is callback query {@code "p" + i} on message {@code i + 1} in chat
 * {@code CHAT_BASE + i % chats}, pressing one of three buttons ({@link #ROUTES}); the bot must answer
 * it with the route's toast and edit the message to the route's text. The texts need no escaping in
 * JSON or in a form body, so a fake API can check them in either.
 *
 * <p>On VK the same press is a Callback API {@code message_event} ({@link #vkEvent}): its
 * {@code event_id} is {@code "p" + i}, user and peer are the chat's id (a private dialog), the
 * message's {@code conversation_message_id} is {@code i + 1}, and the button's payload is
 * Switchboard's envelope {@code {"p":data}}, the payload a Switchboard VK keyboard puts on the button.
 */
public final class E2ePresses {
    /** The bot token every contender is given (not a real one). */
    public static final String TOKEN = "123456:e2e-fake-token";
    /** The webhook secret every contender checks. */
    public static final String SECRET = "e2e-secret";
    /** The path every contender serves its webhook on. */
    public static final String PATH = "/telegram";
    /** The path every VK contender serves its Callback API on. */
    public static final String VK_PATH = "/vk";
    /** The VK community every VK press is for (its {@code group_id}). */
    public static final long VK_GROUP_ID = 218_375_169L;
    /** The Callback API confirmation code of the VK contenders (never asked for in a run). */
    public static final String VK_CONFIRMATION = "e2e-confirmation";
    /** The first chat id. */
    static final long CHAT_BASE = 700_000_000L;

    /**
     * A button: its {@code callback_data}, the toast its press is answered with and the text the
     * message is edited to.
     *
     * @param data the callback data
     * @param toast the answer's text
     * @param edit the edited message's text
     */
    public record Route(String data, String toast, String edit) {
    }

    /** The three buttons, routed by {@code callback_data}. */
    public static final List<Route> ROUTES = List.of(
            new Route("vote:yes", "Counted-yes", "Voted-yes"),
            new Route("vote:no", "Counted-no", "Voted-no"),
            new Route("rules", "Rules-shown", "Rules-below"));

    private E2ePresses() {
    }

    /** The route a bot finds for {@code data}, or null. */
    public static Route route(String data) {
        for (Route route : ROUTES) {
            if (route.data().equals(data)) {
                return route;
            }
        }
        return null;
    }

    /** The route of press {@code i}. */
    static Route routeOf(int i) {
        return ROUTES.get(i % ROUTES.size());
    }

    /** The callback query id of press {@code i}. */
    static String queryId(int i) {
        return "p" + i;
    }

    /** The press index of a callback query id, or -1. */
    static int indexOfQuery(String id) {
        if (id == null || id.length() < 2 || id.charAt(0) != 'p') {
            return -1;
        }
        try {
            return Integer.parseInt(id, 1, id.length(), 10);
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    /** The pressed message's id for press {@code i}. */
    static long messageId(int i) {
        return i + 1L;
    }

    /** The chat of press {@code i} among {@code chats} chats. */
    static long chatId(int i, int chats) {
        return CHAT_BASE + i % chats;
    }

    /** Press {@code i} as a Telegram webhook body (a callback query on a two-button vote message). */
    static byte[] update(int i, int chats) {
        return json(i, chats, 100_000_000L + i).getBytes(StandardCharsets.UTF_8);
    }

    /** Press {@code i} as an update with {@code updateId}, as {@code getUpdates} lists it. */
    static String json(int i, int chats, long updateId) {
        long chat = chatId(i, chats);
        long id = messageId(i);
        String json = "{\"update_id\":" + updateId + ",\"callback_query\":{\"id\":\"" + queryId(i)
                + "\",\"from\":{\"id\":" + chat + ",\"is_bot\":false,\"first_name\":\"Alice\",\"last_name\":\"Moreau\","
                + "\"username\":\"alice_m\",\"language_code\":\"fr\"},\"message\":{\"message_id\":" + id
                + ",\"from\":{\"id\":5424991242,\"is_bot\":true,\"first_name\":\"Demo\",\"username\":\"demo_bot\"},"
                + "\"chat\":{\"id\":" + chat + ",\"first_name\":\"Alice\",\"last_name\":\"Moreau\",\"username\":\"alice_m\","
                + "\"type\":\"private\"},\"date\":1700000200,\"text\":\"Do you like it?\",\"reply_markup\":"
                + "{\"inline_keyboard\":[[{\"text\":\"Yes\",\"callback_data\":\"vote:yes\"},"
                + "{\"text\":\"No\",\"callback_data\":\"vote:no\"}],[{\"text\":\"Rules\",\"callback_data\":\"rules\"}]]}},"
                + "\"chat_instance\":\"6282145159071621881\",\"data\":\"" + routeOf(i).data() + "\"}}";
        return json;
    }

    /**
     * Press {@code i} as a VK Callback API body: a {@code message_event} of community
     * {@link #VK_GROUP_ID} with the {@link #SECRET}, its envelope {@code event_id} unique per
     * press, in the key order VK writes.
     */
    static byte[] vkEvent(int i, int chats) {
        long peer = chatId(i, chats);
        return ("{\"type\":\"message_event\",\"event_id\":\"" + Integer.toHexString(0x10000000 + i)
                + "\",\"v\":\"5.199\",\"object\":{\"user_id\":" + peer + ",\"peer_id\":" + peer + ",\"event_id\":\""
                + queryId(i) + "\",\"payload\":{\"p\":\"" + routeOf(i).data() + "\"},\"conversation_message_id\":"
                + messageId(i) + "},\"group_id\":" + VK_GROUP_ID + ",\"secret\":\"" + SECRET + "\"}")
                .getBytes(StandardCharsets.UTF_8);
    }
}

package dev.switchboard.benchmarks.load;

import dev.switchboard.core.transport.WebhookRequest;
import dev.switchboard.core.transport.WebhookResponse;
import dev.switchboard.core.transport.WebhookServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CountDownLatch;

/**
 * The limit of the end-to-end benchmark, no SDK at all: the same {@link WebhookServer} (defaults)
 * takes each webhook, finds the callback query id, data, chat and message by string search, and
 * sends the two calls with hand-written JSON over a raw keep-alive HTTP/1.1 socket per thread
 * ({@link SocketExchange}), reading each answer in full but not parsing it. On VK ({@code vk}) the
 * same for a Callback API {@code message_event}: the secret checked, the event id, user, peer,
 * message and payload found by string search, {@code messages.sendMessageEventAnswer} and
 * {@code messages.edit} (removing the keyboard, as the others do) written as form bodies by hand,
 * the webhook answered {@code ok}.
 *
 * <pre>{@code
 * java -cp … dev.switchboard.benchmarks.load.E2eLimitBot API_URL [vk]
 * }</pre>
 */
public final class E2eLimitBot {
    /** Each route's {@code event_data}, form-encoded: a snackbar with the route's toast. */
    private static final List<String> VK_EVENT_DATA = E2ePresses.ROUTES.stream()
            .map(route -> encode("{\"type\":\"show_snackbar\",\"text\":\"" + route.toast() + "\"}")).toList();
    /** VK's empty inline keyboard, form-encoded: the keyboard removed. */
    private static final String VK_NO_KEYBOARD = encode("{\"buttons\":[],\"inline\":true}");
    /** The token and version every VK call carries, form-encoded. */
    private static final String VK_AUTH = "&access_token=" + encode(E2ePresses.TOKEN) + "&v=5.199";

    private E2eLimitBot() {
    }

    /** Serves until the process is ended. */
    public static void main(String[] args) throws Exception {
        if (args.length > 1 && args[1].equals("vk")) {
            serveVk(args[0]);
            return;
        }
        URI answer = URI.create(args[0] + "/bot" + E2ePresses.TOKEN + "/answerCallbackQuery");
        URI edit = URI.create(args[0] + "/bot" + E2ePresses.TOKEN + "/editMessageText");
        ThreadLocal<SocketExchange> answers = ThreadLocal.withInitial(() -> new SocketExchange(answer));
        ThreadLocal<SocketExchange> edits = ThreadLocal.withInitial(() -> new SocketExchange(edit));
        WebhookServer server = WebhookServer.builder(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0))
                .route(E2ePresses.PATH, request -> handle(answers.get(), edits.get(), request))
                .build();
        server.start();
        System.out.println("limit webhook listening on http://127.0.0.1:" + server.address().getPort());
        new CountDownLatch(1).await();
    }

    private static WebhookResponse handle(SocketExchange answers, SocketExchange edits, WebhookRequest request) {
        if (!request.header("X-Telegram-Bot-Api-Secret-Token").map(E2ePresses.SECRET::equals).orElse(false)) {
            return WebhookResponse.refuse(401, "wrong secret");
        }
        String body = new String(request.body(), StandardCharsets.UTF_8);
        String id = E2eFakeApi.field(body, "id");
        String data = E2eFakeApi.field(body, "data");
        String messageId = E2eFakeApi.field(body, "message_id");
        int chatAt = body.indexOf("\"chat\"");
        String chatId = chatAt < 0 ? null : E2eFakeApi.field(body.substring(chatAt), "id");
        E2ePresses.Route route = data == null ? null : E2ePresses.route(data);
        if (route != null && id != null && messageId != null && chatId != null) {
            post(answers, "{\"callback_query_id\":\"" + id + "\",\"text\":\"" + route.toast() + "\"}");
            post(edits, "{\"chat_id\":" + chatId + ",\"message_id\":" + messageId + ",\"text\":\""
                    + route.edit() + "\"}");
        }
        return WebhookResponse.ok("");
    }

    /**
     * POSTs {@code body}; a keep-alive connection the API closed while idle fails at once and the
     * call is made once more on a new one, as HTTP clients do.
     */
    private static void post(SocketExchange connection, String body) {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        try {
            try {
                connection.post(bytes);
            } catch (IOException stale) {
                connection.post(bytes);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void serveVk(String api) throws InterruptedException {
        URI answer = URI.create(api + "/method/messages.sendMessageEventAnswer");
        URI edit = URI.create(api + "/method/messages.edit");
        String form = "application/x-www-form-urlencoded";
        ThreadLocal<SocketExchange> answers = ThreadLocal.withInitial(() -> new SocketExchange(answer, "", form));
        ThreadLocal<SocketExchange> edits = ThreadLocal.withInitial(() -> new SocketExchange(edit, "", form));
        WebhookServer server = WebhookServer.builder(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0))
                .route(E2ePresses.VK_PATH, request -> handleVk(answers.get(), edits.get(), request))
                .build();
        server.start();
        System.out.println("limit VK Callback API listening on http://127.0.0.1:" + server.address().getPort());
        new CountDownLatch(1).await();
    }

    private static WebhookResponse handleVk(SocketExchange answers, SocketExchange edits, WebhookRequest request) {
        String body = new String(request.body(), StandardCharsets.UTF_8);
        if (!E2ePresses.SECRET.equals(E2eFakeApi.field(body, "secret"))) {
            return WebhookResponse.refuse(403, "bad secret");
        }
        int objectAt = body.indexOf("\"object\"");
        if (!"message_event".equals(E2eFakeApi.field(body, "type")) || objectAt < 0) {
            return WebhookResponse.ok("ok");
        }
        String object = body.substring(objectAt);
        String eventId = E2eFakeApi.field(object, "event_id");
        String userId = E2eFakeApi.field(object, "user_id");
        String peerId = E2eFakeApi.field(object, "peer_id");
        String messageId = E2eFakeApi.field(object, "conversation_message_id");
        String data = E2eFakeApi.field(object, "p");
        E2ePresses.Route route = data == null ? null : E2ePresses.route(data);
        if (route != null && eventId != null && userId != null && peerId != null && messageId != null) {
            post(answers, "event_id=" + eventId + "&user_id=" + userId + "&peer_id=" + peerId + "&event_data="
                    + VK_EVENT_DATA.get(E2ePresses.ROUTES.indexOf(route)) + VK_AUTH);
            post(edits, "peer_id=" + peerId + "&conversation_message_id=" + messageId + "&message=" + route.edit()
                    + "&keyboard=" + VK_NO_KEYBOARD + VK_AUTH);
        }
        return WebhookResponse.ok("ok");
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}

package dev.switchboard.benchmarks.load;

import dev.switchboard.core.transport.WebhookRequest;
import dev.switchboard.core.transport.WebhookResponse;
import dev.switchboard.core.transport.WebhookServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.CountDownLatch;

/**
 * The limit of the end-to-end benchmark, no SDK at all: the same {@link WebhookServer} (defaults)
 * takes each webhook, finds the callback query id, data, chat and message by string search, and
 * sends the two calls with hand-written JSON over a raw keep-alive HTTP/1.1 socket per thread
 * ({@link SocketExchange}), reading each answer in full but not parsing it.
 *
 * <pre>{@code
 * java -cp … dev.switchboard.benchmarks.load.E2eLimitBot API_URL
 * }</pre>
 */
public final class E2eLimitBot {
    private E2eLimitBot() {
    }

    /** Serves until the process is ended. */
    public static void main(String[] args) throws Exception {
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
     * POSTs {@code json}; a keep-alive connection the API closed while idle fails at once and the
     * call is made once more on a new one, as HTTP clients do.
     */
    private static void post(SocketExchange connection, String json) {
        byte[] body = json.getBytes(StandardCharsets.UTF_8);
        try {
            try {
                connection.post(body);
            } catch (IOException stale) {
                connection.post(body);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

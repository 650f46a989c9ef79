package dev.switchboard.benchmarks.load;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.switchboard.core.transport.WebhookRequest;
import dev.switchboard.core.transport.WebhookResponse;
import dev.switchboard.core.transport.WebhookServer;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.util.concurrent.CountDownLatch;
import org.telegram.telegrambots.client.okhttp.OkHttpTelegramClient;
import org.telegram.telegrambots.meta.TelegramUrl;
import org.telegram.telegrambots.meta.api.methods.AnswerCallbackQuery;
import org.telegram.telegrambots.meta.api.methods.updatingmessages.EditMessageText;
import org.telegram.telegrambots.meta.api.objects.CallbackQuery;
import org.telegram.telegrambots.meta.api.objects.Update;
import org.telegram.telegrambots.meta.generics.TelegramClient;

/**
 * The TelegramBots contender of the end-to-end benchmark: each webhook body is read into its
 * {@link Update} with one shared Jackson {@link ObjectMapper}, as its webhook module does, routed by
 * {@code callback_data}, and answered and edited through its own {@link OkHttpTelegramClient}
 * pointed at the fake through {@link TelegramUrl}. Its webhook module (latest 9.5.0, on Javalin 6
 * and Jetty 11) cannot share a class path with Jetty 12, so it runs behind the same Jetty 12 server
 * as the others.
 *
 * <pre>{@code
 * java -cp … dev.switchboard.benchmarks.load.E2eTelegramBotsBot API_URL
 * }</pre>
 */
public final class E2eTelegramBotsBot {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private E2eTelegramBotsBot() {
    }

    /** Serves until the process is ended. */
    public static void main(String[] args) throws Exception {
        URI api = URI.create(args[0]);
        TelegramClient client = new OkHttpTelegramClient(E2ePresses.TOKEN, TelegramUrl.builder()
                .schema(api.getScheme()).host(api.getHost()).port(api.getPort()).testServer(false).build());
        WebhookServer server = WebhookServer.builder(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0))
                .route(E2ePresses.PATH, request -> handle(client, request))
                .build();
        server.start();
        System.out.println("telegrambots webhook listening on http://127.0.0.1:" + server.address().getPort());
        new CountDownLatch(1).await();
    }

    private static WebhookResponse handle(TelegramClient client, WebhookRequest request) {
        if (!request.header("X-Telegram-Bot-Api-Secret-Token").map(E2ePresses.SECRET::equals).orElse(false)) {
            return WebhookResponse.refuse(401, "wrong secret");
        }
        try {
            Update update = MAPPER.readValue(request.body(), Update.class);
            CallbackQuery query = update.getCallbackQuery();
            E2ePresses.Route route = query == null ? null : E2ePresses.route(query.getData());
            if (route != null) {
                client.execute(AnswerCallbackQuery.builder().callbackQueryId(query.getId()).text(route.toast())
                        .build());
                client.execute(EditMessageText.builder().chatId(query.getMessage().getChatId())
                        .messageId(query.getMessage().getMessageId()).text(route.edit()).build());
            }
            return WebhookResponse.ok("");
        } catch (Exception e) {
            System.err.println("press failed: " + e);
            return WebhookResponse.refuse(500, e.getClass().getSimpleName());
        }
    }
}

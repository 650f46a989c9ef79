package dev.switchboard.benchmarks.load;

import com.pengrad.telegrambot.TelegramBot;
import com.pengrad.telegrambot.model.CallbackQuery;
import com.pengrad.telegrambot.model.Update;
import com.pengrad.telegrambot.request.AnswerCallbackQuery;
import com.pengrad.telegrambot.request.EditMessageText;
import com.pengrad.telegrambot.utility.BotUtils;
import dev.switchboard.core.transport.WebhookRequest;
import dev.switchboard.core.transport.WebhookResponse;
import dev.switchboard.core.transport.WebhookServer;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.CountDownLatch;

/**
 * The java-telegram-bot-api (pengrad) contender of the end-to-end benchmark: each webhook body is
 * read with {@link BotUtils#parseUpdate(String)} behind the same Jetty 12 server Switchboard uses,
 * routed by {@code callback_data}, and answered and edited through its {@link TelegramBot} client
 * pointed at the fake through its API URL.
 *
 * <pre>{@code
 * java -cp … dev.switchboard.benchmarks.load.E2ePengradBot API_URL
 * }</pre>
 */
public final class E2ePengradBot {
    private E2ePengradBot() {
    }

    /** Serves until the process is ended. */
    public static void main(String[] args) throws Exception {
        TelegramBot bot = new TelegramBot.Builder(E2ePresses.TOKEN).apiUrl(args[0] + "/bot").build();
        WebhookServer server = WebhookServer.builder(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0))
                .route(E2ePresses.PATH, request -> handle(bot, request))
                .build();
        server.start();
        System.out.println("pengrad webhook listening on http://127.0.0.1:" + server.address().getPort());
        new CountDownLatch(1).await();
    }

    private static WebhookResponse handle(TelegramBot bot, WebhookRequest request) {
        if (!request.header("X-Telegram-Bot-Api-Secret-Token").map(E2ePresses.SECRET::equals).orElse(false)) {
            return WebhookResponse.refuse(401, "wrong secret");
        }
        Update update = BotUtils.parseUpdate(new String(request.body(), StandardCharsets.UTF_8));
        CallbackQuery query = update.callbackQuery();
        E2ePresses.Route route = query == null ? null : E2ePresses.route(query.data());
        if (route != null) {
            bot.execute(new AnswerCallbackQuery(query.id()).text(route.toast()));
            bot.execute(new EditMessageText(query.maybeInaccessibleMessage().chat().id(),
                    query.maybeInaccessibleMessage().messageId(), route.edit()));
        }
        return WebhookResponse.ok("");
    }
}

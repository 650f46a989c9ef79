package dev.switchboard.benchmarks.load;

import dev.switchboard.core.answer.PressAnswer;
import dev.switchboard.core.bot.Bot;
import dev.switchboard.core.bot.KeyboardChange;
import dev.switchboard.core.transport.WebhookServer;
import dev.switchboard.telegram.TelegramPlatform;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.util.concurrent.CountDownLatch;

/**
 * The Switchboard contender of the end-to-end benchmark, written as a bot author writes it: a
 * {@link Bot} with one press handler per {@code callback_data}, each answering a toast and editing
 * the pressed message, served by the embedded {@link WebhookServer} with the platform's webhook
 * handler (defaults throughout), or by long polling. The platform's rate limits are off
 * ({@code rateLimits(false)}, the documented setting for a bot whose sends are paced elsewhere or
 * paid broadcasts): at 30 messages a second they would pace the benchmark, and the peers have none.
 *
 * <pre>{@code
 * java -cp … dev.switchboard.benchmarks.load.E2eSwitchboardBot API_URL [webhook|polling]
 * }</pre>
 */
public final class E2eSwitchboardBot {
    private E2eSwitchboardBot() {
    }

    /** Serves until the process is ended. */
    public static void main(String[] args) throws Exception {
        URI api = URI.create(args[0]);
        boolean polling = args.length > 1 && args[1].equals("polling");
        TelegramPlatform telegram = TelegramPlatform.builder(E2ePresses.TOKEN).apiUrl(api).rateLimits(false).build();
        Bot.Builder builder = Bot.builder().platform(telegram);
        for (E2ePresses.Route route : E2ePresses.ROUTES) {
            builder.onPress(route.data(), (press, ctx) -> {
                ctx.answer(PressAnswer.toast(route.toast()));
                ctx.edit(route.edit(), KeyboardChange.remove());
            });
        }
        Bot bot = builder.build();
        if (polling) {
            bot.start();
            System.out.println("switchboard long polling http://127.0.0.1:0");
        } else {
            WebhookServer server = WebhookServer.builder(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0))
                    .route(E2ePresses.PATH, telegram.webhook(E2ePresses.SECRET, bot.webhookSink()))
                    .build();
            server.start();
            System.out.println("switchboard webhook listening on http://127.0.0.1:" + server.address().getPort());
        }
        new CountDownLatch(1).await();
    }
}

package dev.switchboard.benchmarks.load;

import dev.switchboard.core.answer.PressAnswer;
import dev.switchboard.core.bot.Bot;
import dev.switchboard.core.bot.BotPlatform;
import dev.switchboard.core.bot.KeyboardChange;
import dev.switchboard.core.transport.WebhookHandler;
import dev.switchboard.core.transport.WebhookServer;
import dev.switchboard.telegram.TelegramPlatform;
import dev.switchboard.vk.VkPlatform;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;

/**
 * The Switchboard contender of the end-to-end benchmark, written as a bot author writes it: a
 * {@link Bot} with one press handler per {@code callback_data}, each answering a toast and editing
 * the pressed message, served by the embedded {@link WebhookServer} with the platform's webhook
 * handler (defaults throughout), or by long polling; on VK ({@code vk}) the same bot on a
 * {@link VkPlatform} (its API URL pointed at the fake's {@code /method/}) behind the platform's
 * Callback API handler, {@code vk.callback(code, secret, bot.webhookSink())}. The platform's rate
 * limits are off ({@code rateLimits(false)}, the documented setting for a bot whose sends are paced
 * elsewhere or paid broadcasts): at 30 messages a second (VK: 20 requests) they would pace the
 * benchmark, and the peers have none.
 *
 * <pre>{@code
 * java -cp … dev.switchboard.benchmarks.load.E2eSwitchboardBot API_URL [webhook|polling|vk]
 * }</pre>
 */
public final class E2eSwitchboardBot {
    private E2eSwitchboardBot() {
    }

    /** Serves until the process is ended. */
    public static void main(String[] args) throws Exception {
        URI api = URI.create(args[0]);
        String mode = args.length > 1 ? args[1] : "webhook";
        if (mode.equals("vk")) {
            VkPlatform vk = VkPlatform.builder(E2ePresses.TOKEN).groupId(E2ePresses.VK_GROUP_ID)
                    .apiUrl(URI.create(api + "/method/")).rateLimits(false).build();
            Bot bot = bot(vk);
            serve("switchboard VK Callback API", E2ePresses.VK_PATH,
                    vk.callback(E2ePresses.VK_CONFIRMATION, Optional.of(E2ePresses.SECRET), bot.webhookSink()));
        } else {
            TelegramPlatform telegram = TelegramPlatform.builder(E2ePresses.TOKEN).apiUrl(api).rateLimits(false)
                    .build();
            Bot bot = bot(telegram);
            if (mode.equals("polling")) {
                bot.start();
                System.out.println("switchboard long polling http://127.0.0.1:0");
            } else {
                serve("switchboard webhook", E2ePresses.PATH, telegram.webhook(E2ePresses.SECRET, bot.webhookSink()));
            }
        }
        new CountDownLatch(1).await();
    }

    /** The bot: one press handler per button, answering its toast and editing the message. */
    private static Bot bot(BotPlatform platform) {
        Bot.Builder builder = Bot.builder().platform(platform);
        for (E2ePresses.Route route : E2ePresses.ROUTES) {
            builder.onPress(route.data(), (press, ctx) -> {
                ctx.answer(PressAnswer.toast(route.toast()));
                ctx.edit(route.edit(), KeyboardChange.remove());
            });
        }
        return builder.build();
    }

    private static void serve(String what, String path, WebhookHandler handler) {
        WebhookServer server = WebhookServer.builder(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0))
                .route(path, handler)
                .build();
        server.start();
        System.out.println(what + " listening on http://127.0.0.1:" + server.address().getPort());
    }
}

package dev.switchboard.redis.replicas;

import dev.switchboard.core.answer.PressAnswer;
import dev.switchboard.core.bot.Bot;
import dev.switchboard.core.keyboard.Button;
import dev.switchboard.core.keyboard.Keyboard;
import dev.switchboard.core.transport.RetryPolicy;
import dev.switchboard.redis.RedisState;
import dev.switchboard.telegram.TelegramPlatform;
import io.lettuce.core.RedisClient;
import io.lettuce.core.api.sync.RedisCommands;
import java.net.URI;
import java.time.Duration;

/**
 * One replica of the test bot, as its own process: {@code <redis uri> <namespace> <telegram api url>
 * <replica id>}. Each handler records what it handled in Redis ({@code <ns>:test:handled}, a list
 * of {@code <update> <replica>}), where the test reads it after killing replicas with SIGKILL.
 */
public final class ReplicaMain {
    private ReplicaMain() {
    }

    /** Runs the replica until the process is killed. */
    public static void main(String[] args) {
        String redisUri = args[0];
        String namespace = args[1];
        URI telegramApi = URI.create(args[2]);
        String replica = args[3];
        RedisCommands<String, String> records = RedisClient.create(redisUri).connect().sync();
        String handled = namespace + ":test:handled";
        RedisState state = RedisState.builder(redisUri).namespace(namespace).build();
        TelegramPlatform telegram = TelegramPlatform.builder("123:TEST").apiUrl(telegramApi).rateLimits(false)
                .requestTimeout(Duration.ofSeconds(5))
                .retryPolicy(RetryPolicy.defaults().withBackoff(Duration.ofMillis(20), Duration.ofMillis(200)))
                .build();
        Keyboard menu = Keyboard.inline().row(Button.callback("A", "p:a"), Button.callback("B", "p:b")).build();
        Bot bot = Bot.builder().platform(telegram).sharedState(state).replicaId(replica)
                .pollerLease(Duration.ofSeconds(1)).duplicateWindow(Duration.ZERO)
                .onCommand("start", (message, ctx) -> ctx.reply("Pick one", menu))
                .onMessage(message -> message.text().startsWith("m"),
                        (message, ctx) -> records.rpush(handled, "message " + message.chatId() + " "
                                + message.text() + " " + replica))
                .onPressPrefix("p", (press, ctx) -> {
                    records.rpush(handled, "press " + press.pressId() + " " + replica);
                    ctx.answer(PressAnswer.toast("got " + press.payload().orElse("")));
                })
                .build();
        bot.start();
        System.out.println("READY " + replica);
        System.out.flush();
    }
}

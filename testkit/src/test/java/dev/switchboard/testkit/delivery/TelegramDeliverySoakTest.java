package dev.switchboard.testkit.delivery;

import dev.switchboard.core.bot.BotPlatform;
import dev.switchboard.core.transport.RetryPolicy;
import dev.switchboard.telegram.TelegramPlatform;
import dev.switchboard.testkit.FakeTelegram;
import dev.switchboard.testkit.Fault;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** The delivery soak on the fake Telegram, long polling: nothing lost, nothing twice, every press answered once. */
@Timeout(value = 150, unit = TimeUnit.SECONDS)
class TelegramDeliverySoakTest extends DeliverySoak {
    private final FakeTelegram fake = FakeTelegram.open();

    @AfterEach
    void close() {
        fake.close();
    }

    @Test
    void loseNothingAndRepeatNothingUnderFaultsAndRestarts() throws Exception {
        run(11);
    }

    @Override
    FakeTelegram fake() {
        return fake;
    }

    @Override
    BotPlatform platform() {
        return TelegramPlatform.builder("123:TEST").apiUrl(fake.apiUrl()).rateLimits(false)
                .requestTimeout(Duration.ofSeconds(5))
                .retryPolicy(RetryPolicy.defaults().withBackoff(Duration.ofMillis(20), Duration.ofMillis(200)))
                .build();
    }

    @Override
    List<Fault> faults() {
        return List.of(Fault.dropConnection(), Fault.serverError(502), Fault.garbage(), Fault.garbledReply(),
                Fault.delay(Duration.ofMillis(300)), Fault.tooManyRequests(Duration.ofSeconds(1)));
    }

    @Override
    void userSends(long chat, String text) {
        fake.userSends(chat, text);
    }

    @Override
    String userPresses(long chat, String payload) {
        return fake.pressButton(chat, fake.lastMessage(chat).orElseThrow().messageId(), payload);
    }

    @Override
    long chat(int index) {
        return 1_001 + index;
    }
}

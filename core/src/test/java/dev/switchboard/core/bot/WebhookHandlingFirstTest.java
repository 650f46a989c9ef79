package dev.switchboard.core.bot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.switchboard.core.PlatformId;
import dev.switchboard.core.event.MessageReceived;
import dev.switchboard.core.spi.UpdateSink;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** {@link Bot#webhookSinkHandlingFirst}: the webhook is answered once the update was handled. */
class WebhookHandlingFirstTest {
    private final FakePlatform telegram = FakePlatform.telegram();
    private final CountDownLatch entered = new CountDownLatch(1);
    private final CountDownLatch release = new CountDownLatch(1);
    private final Bot bot = Bot.builder().platform(telegram)
            .onMessage(m -> true, (m, ctx) -> {
                entered.countDown();
                release.await(10, TimeUnit.SECONDS);
            })
            .build();

    @AfterEach
    void stop() {
        release.countDown();
        bot.stop();
    }

    @Test
    void answersOnlyOnceTheHandlerHasFinished() throws Exception {
        UpdateSink sink = bot.webhookSinkHandlingFirst(Duration.ofSeconds(10));

        CompletableFuture<Void> answered = CompletableFuture.runAsync(() -> sink.offer(message()));
        assertThat(entered.await(5, TimeUnit.SECONDS)).isTrue();
        Thread.sleep(100);
        assertThat(answered).as("still handling").isNotDone();

        release.countDown();
        answered.get(5, TimeUnit.SECONDS);
    }

    @Test
    void answersAfterReplyWithinWhenTheHandlerIsSlower() throws Exception {
        UpdateSink sink = bot.webhookSinkHandlingFirst(Duration.ofMillis(200));

        CompletableFuture<Void> answered = CompletableFuture.runAsync(() -> sink.offer(message()));

        answered.get(5, TimeUnit.SECONDS);
        assertThat(release.getCount()).as("the handler is still running").isEqualTo(1);
    }

    @Test
    void aRepeatedUpdateIsAnsweredAtOnce() throws Exception {
        UpdateSink sink = bot.webhookSinkHandlingFirst(Duration.ofSeconds(10));
        MessageReceived message = message();
        CompletableFuture.runAsync(() -> sink.offer(message));
        assertThat(entered.await(5, TimeUnit.SECONDS)).isTrue();

        CompletableFuture.runAsync(() -> sink.offer(message)).get(2, TimeUnit.SECONDS);
    }

    @Test
    void refusesANonPositiveWait() {
        assertThatThrownBy(() -> bot.webhookSinkHandlingFirst(Duration.ZERO))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("replyWithin");
    }

    private static MessageReceived message() {
        return Updates.message(PlatformId.TELEGRAM, 1, 70, 700, "hi");
    }
}

package dev.switchboard.core.bot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.switchboard.core.PlatformId;
import dev.switchboard.core.event.MessageReceived;
import dev.switchboard.core.spi.Leases;
import dev.switchboard.core.spi.UpdateSink;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** {@link Bot#webhookSinkHandlingFirst}: the webhook is answered once the update was handled. */
class WebhookHandlingFirstTest {
    private final FakePlatform telegram = FakePlatform.telegram();
    private final CountDownLatch entered = new CountDownLatch(1);
    private final CountDownLatch release = new CountDownLatch(1);
    private final AtomicInteger handled = new AtomicInteger();
    private final Bot bot = Bot.builder().platform(telegram)
            .onMessage(m -> true, (m, ctx) -> {
                handled.incrementAndGet();
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
    void aRepeatOfAnUpdateStillBeingHandledIsAnsweredOnceThatOneIsDoneAndNotHandledAgain() throws Exception {
        UpdateSink sink = bot.webhookSinkHandlingFirst(Duration.ofSeconds(10));
        MessageReceived message = message();
        CompletableFuture<Void> first = CompletableFuture.runAsync(() -> sink.offer(message));
        assertThat(entered.await(5, TimeUnit.SECONDS)).isTrue();

        CompletableFuture<Void> repeat = CompletableFuture.runAsync(() -> sink.offer(message));
        Thread.sleep(100);
        assertThat(repeat).as("waits its turn in the chat").isNotDone();
        release.countDown();

        first.get(5, TimeUnit.SECONDS);
        repeat.get(5, TimeUnit.SECONDS);
        assertThat(handled).hasValue(1);
    }

    @Test
    void twoReplicasSharingLeasesHandleOneChatOneUpdateAtATimeButOtherChatsAtOnce() throws Exception {
        Leases leases = Leases.inMemory();
        List<String> log = new CopyOnWriteArrayList<>();
        CountDownLatch aInside = new CountDownLatch(1);
        CountDownLatch aGo = new CountDownLatch(1);
        Bot a = Bot.builder().platform(FakePlatform.telegram()).leases(leases).replicaId("a")
                .onMessage(m -> true, (m, ctx) -> {
                    log.add("a starts " + m.chatId());
                    aInside.countDown();
                    aGo.await(10, TimeUnit.SECONDS);
                    log.add("a ends " + m.chatId());
                }).build();
        Bot b = Bot.builder().platform(FakePlatform.telegram()).leases(leases).replicaId("b")
                .onMessage(m -> true, (m, ctx) -> log.add("b handles " + m.chatId())).build();
        try {
            CompletableFuture<Void> first = CompletableFuture.runAsync(() ->
                    a.webhookSinkHandlingFirst(Duration.ofSeconds(5)).offer(Updates.message(PlatformId.TELEGRAM, 1, 70, 1, "x")));
            assertThat(aInside.await(5, TimeUnit.SECONDS)).isTrue();
            UpdateSink bSink = b.webhookSinkHandlingFirst(Duration.ofSeconds(5));
            CompletableFuture<Void> sameChat = CompletableFuture.runAsync(() ->
                    bSink.offer(Updates.message(PlatformId.TELEGRAM, 1, 70, 2, "y")));
            bSink.offer(Updates.message(PlatformId.TELEGRAM, 1, 71, 3, "z"));
            Thread.sleep(100);
            assertThat(log).containsExactly("a starts 70", "b handles 71");

            aGo.countDown();
            first.get(5, TimeUnit.SECONDS);
            sameChat.get(5, TimeUnit.SECONDS);

            assertThat(log).containsExactly("a starts 70", "b handles 71", "a ends 70", "b handles 70");
        } finally {
            aGo.countDown();
            a.stop();
            b.stop();
        }
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

package dev.switchboard.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.switchboard.core.PlatformId;
import dev.switchboard.core.answer.PressAnswer;
import dev.switchboard.core.bot.KeyboardChange;
import dev.switchboard.core.bot.MessageRef;
import dev.switchboard.core.bot.Messenger;
import dev.switchboard.core.event.ButtonPress;
import dev.switchboard.core.event.MessageReceived;
import dev.switchboard.core.event.Update;
import dev.switchboard.core.keyboard.Button;
import dev.switchboard.core.keyboard.Keyboard;
import dev.switchboard.core.spi.UpdateSource;
import dev.switchboard.core.transport.RetryPolicy;
import dev.switchboard.core.transport.WebhookServer;
import dev.switchboard.telegram.TelegramApiException;
import dev.switchboard.telegram.TelegramPlatform;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The real Telegram adapter against the fake: what a bot sees and what the fake records. */
class FakeTelegramAdapterTest {
    private static final Keyboard YES_NO = Keyboard.inline()
            .row(Button.callback("Yes", "yes"), Button.callback("No", "no")).build();

    private FakeTelegram fake;
    private TelegramPlatform telegram;
    private Messenger messenger;

    @BeforeEach
    void start() {
        fake = FakeTelegram.builder().clock(new MutableClock()).perChatPerSecond(5).open();
        telegram = TelegramPlatform.builder("123:TEST").apiUrl(fake.apiUrl()).retryPolicy(RetryPolicy.none())
                .rateLimits(false).build();
        messenger = telegram.messenger();
    }

    @AfterEach
    void stop() {
        fake.close();
    }

    @Test
    void getMeAnswersTheFakeBot() {
        assertThat(telegram.getMe().id()).isEqualTo(123);
    }

    @Test
    void sentAndEditedMessagesAreStoredWithTheirKeyboards() {
        MessageRef sent = messenger.send(42, "Sure?", YES_NO);

        assertThat(sent.messageId()).hasValue(1);
        SentMessage stored = fake.lastMessage(42).orElseThrow();
        assertThat(stored.text()).isEqualTo("Sure?");
        assertThat(stored.markup().orElseThrow().at("/inline_keyboard/0/1/callback_data").asText()).isEqualTo("no");
        assertThat(stored.keyboard()).contains(YES_NO);

        messenger.edit(sent, Optional.of("Done"), KeyboardChange.remove());
        assertThat(fake.messages(42)).singleElement().satisfies(message -> {
            assertThat(message.text()).isEqualTo("Done");
            assertThat(message.markup()).isEmpty();
            assertThat(message.keyboard()).isEmpty();
        });
    }

    @Test
    void longPollingDeliversMessagesAndPressesAndTheAnswerIsRecorded() throws Exception {
        BlockingQueue<Update> updates = new LinkedBlockingQueue<>();
        UpdateSource source = telegram.longPolling(1, List.of());
        AtomicReference<RuntimeException> failure = new AtomicReference<>();
        Thread poller = new Thread(() -> {
            try {
                source.run(updates::add);
            } catch (RuntimeException e) {
                failure.set(e);
            }
        }, "test-poller");
        poller.start();
        try {
            fake.userSends(42, "/start");
            MessageReceived start = (MessageReceived) updates.poll(5, TimeUnit.SECONDS);
            assertThat(start.text()).isEqualTo("/start");

            MessageRef menu = messenger.send(start.chatId(), "Sure?", YES_NO);
            String queryId = fake.pressButton(42, menu.messageId().getAsLong(), "yes");
            ButtonPress press = (ButtonPress) updates.poll(5, TimeUnit.SECONDS);
            assertThat(press.pressId()).isEqualTo(queryId);
            assertThat(press.payload()).contains("yes");

            messenger.answer(press, PressAnswer.toast("Noted"));
            assertThat(fake.answers()).containsExactly(
                    new AnsweredPress(PlatformId.TELEGRAM, queryId, 42, 42, PressAnswer.toast("Noted")));
            assertThatThrownBy(() -> messenger.answer(press, PressAnswer.toast("again")))
                    .isInstanceOfSatisfying(TelegramApiException.class, e -> assertThat(e.description())
                            .isEqualTo(TelegramError.QUERY_TOO_OLD));
        } finally {
            source.stop();
            poller.join(TimeUnit.SECONDS.toMillis(5));
        }
        assertThat(poller.isAlive()).isFalse();
        assertThat(failure.get()).as("stop() during a poll is no failure").isNull();
    }

    @Test
    void sendToABlockedUserSurfaces403() {
        fake.block(42);

        assertThatThrownBy(() -> messenger.send(42, "hello?"))
                .isInstanceOfSatisfying(TelegramApiException.class, e -> {
                    assertThat(e.errorCode()).isEqualTo(403);
                    assertThat(e.description()).isEqualTo("Forbidden: bot was blocked by the user");
                });
    }

    @Test
    void rateLimitSurfacesRetryAfter() {
        for (int i = 0; i < 5; i++) {
            messenger.send(42, "msg " + i);
        }

        assertThatThrownBy(() -> messenger.send(42, "one too many"))
                .isInstanceOfSatisfying(TelegramApiException.class, e -> {
                    assertThat(e.errorCode()).isEqualTo(429);
                    assertThat(e.retryAfter()).hasValueSatisfying(
                            wait -> assertThat(wait).isEqualTo(Duration.ofSeconds(1)));
                });
    }

    @Test
    void webhookSetThroughTheAdapterReceivesUpdatesUntilDeleted() throws Exception {
        BlockingQueue<Update> updates = new LinkedBlockingQueue<>();
        try (WebhookServer server = WebhookServer.builder(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0))
                .route("/tg", telegram.webhook("s3cret", updates::add)).build()) {
            server.start();
            URI url = URI.create("http://127.0.0.1:" + server.address().getPort() + "/tg");
            telegram.setWebhook(url, "s3cret", List.of(), false);

            fake.userSends(42, "via webhook");

            MessageReceived received = (MessageReceived) updates.poll(5, TimeUnit.SECONDS);
            assertThat(received.text()).isEqualTo("via webhook");
            telegram.deleteWebhook(false);
            assertThat(fake.webhookUrl()).isEmpty();
        }
    }
}

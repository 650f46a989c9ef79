package dev.switchboard.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.switchboard.core.PlatformApiException;
import dev.switchboard.core.TransportException;
import dev.switchboard.core.answer.PressAnswer;
import dev.switchboard.core.bot.KeyboardChange;
import dev.switchboard.core.bot.MessageRef;
import dev.switchboard.core.bot.Messenger;
import dev.switchboard.core.event.ButtonPress;
import dev.switchboard.core.event.MembershipChange;
import dev.switchboard.core.event.MessageReceived;
import dev.switchboard.core.event.Update;
import dev.switchboard.core.keyboard.Button;
import dev.switchboard.core.keyboard.Keyboard;
import dev.switchboard.core.keyboard.Style;
import dev.switchboard.core.spi.UpdateSource;
import dev.switchboard.core.transport.RetryPolicy;
import dev.switchboard.core.transport.WebhookServer;
import dev.switchboard.vk.VkPlatform;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** FakeVk driven by the real VK adapter. */
class FakeVkAdapterTest {
    private final FakeVk vk = FakeVk.open();
    private final VkPlatform platform = VkPlatform.builder("vk-test-token").groupId(FakeVk.GROUP_ID)
            .apiUrl(vk.apiUrl()).retryPolicy(RetryPolicy.none()).build();
    private final Messenger messenger = platform.messenger();
    private final BlockingQueue<Update> received = new LinkedBlockingQueue<>();
    private UpdateSource source;
    private Thread poller;

    @AfterEach
    void close() throws InterruptedException {
        if (source != null) {
            source.stop();
            poller.join(5_000);
        }
        vk.close();
    }

    @Test
    void sendAndEditAreStored() {
        Keyboard keyboard = Keyboard.inline().row(Button.callback("Yes", "yes").withStyle(Style.POSITIVE),
                Button.callback("No", "no")).row(Button.link("Docs", "https://example.org/")).build();
        MessageRef first = messenger.send(7, "Pick one", keyboard);
        MessageRef second = messenger.send(7, "plain");

        assertThat(first.messageId().getAsLong()).isEqualTo(1);
        assertThat(second.messageId().getAsLong()).isEqualTo(2);
        assertThat(vk.messages(7).get(0).keyboard()).contains(keyboard);

        messenger.edit(first, Optional.of("Picked"), KeyboardChange.keep());
        assertThat(vk.messages(7).get(0).text()).isEqualTo("Picked");
        assertThat(vk.messages(7).get(0).keyboard()).isPresent();

        messenger.edit(first, Optional.empty(), KeyboardChange.remove());
        assertThat(vk.messages(7).get(0).text()).isEqualTo("Picked");
        assertThat(vk.messages(7).get(0).keyboard()).isEmpty();
    }

    @Test
    void longPollDeliversMessagesPressesAndMembershipAndAnswersAreRecorded() throws Exception {
        startPolling();
        vk.userSends(7, "hello");
        MessageReceived message = (MessageReceived) next();
        assertThat(message.text()).isEqualTo("hello");
        assertThat(message.chatId()).isEqualTo(7);

        MessageRef sent = messenger.send(7, "Pick", Keyboard.inline().row(Button.callback("Yes", "yes")).build());
        assertThat(vk.messages(7).get(0).buttonLabels()).containsExactly(List.of("Yes"));
        assertThatThrownBy(() -> vk.userPressesButton(7, 7, sent.messageId().getAsLong(), "nope"))
                .isInstanceOf(NoSuchElementException.class);
        String pressId = vk.userPressesButton(7, 7, sent.messageId().getAsLong(), "yes");
        ButtonPress press = (ButtonPress) next();
        assertThat(press.payload()).contains("yes");
        assertThat(press.pressId()).isEqualTo(pressId);

        messenger.answer(press, PressAnswer.toast("Done"));
        assertThat(vk.answers()).singleElement().satisfies(a -> {
            assertThat(a.pressId()).isEqualTo(pressId);
            assertThat(a.answer()).isEqualTo(PressAnswer.toast("Done"));
        });

        vk.userDenies(7);
        assertThat(next()).isInstanceOf(MembershipChange.class);
        assertThatThrownBy(() -> messenger.send(7, "still there?"))
                .isInstanceOfSatisfying(PlatformApiException.class, e -> assertThat(e.errorCode()).isEqualTo(901));
    }

    @Test
    void longPollRecoversFromFailedCodesAndFaults() throws Exception {
        vk.longPollFailNext(1);
        vk.longPollFailNext(2);
        vk.longPollFailNext(3);
        startPolling();
        vk.userSends(7, "after failures");
        assertThat(((MessageReceived) next()).text()).isEqualTo("after failures");
        assertThat(received).isEmpty();
    }

    @Test
    void faultsReachTheAdapterAsTransportErrors() {
        vk.failNextRequest(Fault.serverError(503));
        assertThatThrownBy(() -> messenger.send(7, "x")).isInstanceOf(TransportException.class);
        vk.failNextRequest(Fault.garbage());
        assertThatThrownBy(() -> messenger.send(7, "x")).isInstanceOf(TransportException.class);
        vk.failNextRequest(Fault.dropConnection());
        assertThatThrownBy(() -> messenger.send(7, "x")).isInstanceOf(TransportException.class);

        messenger.send(7, "through");
        assertThat(vk.messages(7)).extracting(SentMessage::text).containsExactly("through");
    }

    @Test
    void overTheFakesRateLimitTheAdapterSeesError6() {
        vk.requestsPerSecond(2);
        VkPlatform unpaced = VkPlatform.builder("vk-test-token").groupId(FakeVk.GROUP_ID).apiUrl(vk.apiUrl())
                .retryPolicy(RetryPolicy.none()).rateLimits(false).build();
        unpaced.messenger().send(7, "1");
        unpaced.messenger().send(7, "2");
        assertThatThrownBy(() -> unpaced.messenger().send(7, "3"))
                .isInstanceOfSatisfying(PlatformApiException.class, e -> {
                    assertThat(e.errorCode()).isEqualTo(6);
                    assertThat(e.description()).isEqualTo("Too many requests per second");
                });
    }

    @Test
    void rawEnqueuedEventsReachTheAdapter() throws Exception {
        startPolling();
        vk.enqueue("{\"group_id\":1,\"type\":\"message_new\",\"event_id\":\"raw-1\",\"v\":\"5.199\",\"object\":"
                + "{\"message\":{\"date\":1,\"from_id\":9,\"id\":5,\"out\":0,\"conversation_message_id\":3,"
                + "\"peer_id\":9,\"text\":\"raw\",\"payload\":\"{\\\"p\\\":\\\"menu\\\"}\"}}}");
        MessageReceived message = (MessageReceived) next();
        assertThat(message.text()).isEqualTo("raw");
        assertThat(message.payload()).contains("menu");
        assertThat(message.updateId()).contains("raw-1");
    }

    @Test
    void callbackApiConfirmsAndDeliversEventsWithTheSecret() throws Exception {
        WebhookServer server = WebhookServer.builder(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0))
                .route("/vk", platform.callback("c0nf1rm", Optional.of("s3cret"), received::add)).build();
        server.start();
        try {
            URI url = URI.create("http://127.0.0.1:" + server.address().getPort() + "/vk");
            assertThat(vk.callbackTo(url, Optional.of("s3cret"))).isEqualTo("c0nf1rm");

            vk.userSends(7, "via callback");
            assertThat(((MessageReceived) next()).text()).isEqualTo("via callback");
            vk.stopCallback();
        } finally {
            server.close();
        }
    }

    private void startPolling() throws InterruptedException {
        source = platform.longPoll(1);
        poller = new Thread(() -> source.run(received::add), "test-poller");
        poller.setDaemon(true);
        poller.start();
        assertThat(vk.awaitPolling(Duration.ofSeconds(5))).as("the adapter polls").isTrue();
    }

    private Update next() throws InterruptedException {
        Update update = received.poll(5, TimeUnit.SECONDS);
        assertThat(update).as("an update within 5 s").isNotNull();
        return update;
    }
}

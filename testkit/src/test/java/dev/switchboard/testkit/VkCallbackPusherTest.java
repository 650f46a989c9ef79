package dev.switchboard.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.switchboard.core.event.Update;
import dev.switchboard.core.spi.UpdateSink;
import dev.switchboard.core.transport.RetryPolicy;
import dev.switchboard.core.transport.WebhookHandler;
import dev.switchboard.core.transport.WebhookResponse;
import dev.switchboard.core.transport.WebhookServer;
import dev.switchboard.vk.VkPlatform;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** The fake's Callback API delivery: events not answered "ok" come again, a bounded number of times. */
@Timeout(30)
class VkCallbackPusherTest {
    private static final Pattern EVENT_ID = Pattern.compile("\"event_id\":\"([^\"]+)\"");

    private final FakeVk vk = FakeVk.open();
    private final VkPlatform platform = VkPlatform.builder("vk-test-token").groupId(FakeVk.GROUP_ID)
            .apiUrl(vk.apiUrl()).retryPolicy(RetryPolicy.none()).build();
    private final List<String> attempts = new CopyOnWriteArrayList<>();
    private final BlockingQueue<Update> taken = new LinkedBlockingQueue<>();

    @AfterEach
    void stop() {
        vk.close();
    }

    @Test
    void sendsAnEventRefusedByTheAdapterAgainWithTheRetryCounterUntilItIsTaken() throws Exception {
        UpdateSink saturatedTwice = RefusingSink.refusingFirst(2, taken);
        try (WebhookServer server = server(recording(platform.callback("c0nf1rm", Optional.of("s3cret"),
                saturatedTwice)))) {
            assertThat(vk.callbackTo(url(server), Optional.of("s3cret"))).isEqualTo("c0nf1rm");
            vk.userSends(7, "one");
            vk.userSends(7, "two");

            Update first = taken.poll(10, TimeUnit.SECONDS);
            Update second = taken.poll(10, TimeUnit.SECONDS);

            assertThat(first).isNotNull();
            assertThat(second).isNotNull();
            String one = first.updateId().orElseThrow();
            String two = second.updateId().orElseThrow();
            awaitAttempts(5);
            assertThat(attempts).containsExactly("confirmation - 200", one + " - 503", one + " 1 503",
                    one + " 2 200", two + " - 200");
        }
    }

    @Test
    void givesUpOnAnEventAfterFiveAttemptsAndSendsTheNext() throws Exception {
        WebhookHandler refusesOne = request -> new String(request.body(), StandardCharsets.UTF_8)
                .contains("\"text\":\"one\"") ? WebhookResponse.refuse(500, "no") : WebhookResponse.ok("ok");
        try (WebhookServer server = server(recording(refusesOne))) {
            vk.callbackTo(url(server), Optional.empty());
            vk.userSends(7, "one");
            vk.userSends(7, "two");

            awaitAttempts(7);

            assertThat(attempts).hasSize(7);
            assertThat(attempts.subList(1, 6)).extracting(a -> a.substring(a.indexOf(' ') + 1))
                    .containsExactly("- 500", "1 500", "2 500", "3 500", "4 500");
            assertThat(attempts.get(6)).endsWith(" - 200").doesNotStartWith(attempts.get(1).split(" ")[0] + " ");
        }
    }

    @Test
    void backsOffFrom100MillisDoublingUpToASecond() {
        assertThat(List.of(0, 1, 2, 3, 4, 5, 40)).extracting(VkCallbackPusher::backoff)
                .extracting(Duration::toMillis).containsExactly(0L, 100L, 200L, 400L, 800L, 1000L, 1000L);
    }

    /** Waits (at most 10 s) until {@code count} attempts were answered. */
    private void awaitAttempts(int count) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (attempts.size() < count && System.nanoTime() < deadline) {
            Thread.sleep(10);
        }
    }

    private WebhookHandler recording(WebhookHandler handler) {
        return request -> {
            WebhookResponse response = handler.handle(request);
            String body = new String(request.body(), StandardCharsets.UTF_8);
            Matcher id = EVENT_ID.matcher(body);
            String event = body.contains("\"confirmation\"") ? "confirmation" : id.find() ? id.group(1) : "?";
            attempts.add(event + " " + request.header(VkCallbackPusher.RETRY_COUNTER).orElse("-") + " "
                    + response.status());
            return response;
        };
    }

    private static URI url(WebhookServer server) {
        return URI.create("http://127.0.0.1:" + server.address().getPort() + "/vk");
    }

    private static WebhookServer server(WebhookHandler handler) {
        WebhookServer server = WebhookServer.builder(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0))
                .route("/vk", handler).build();
        server.start();
        return server;
    }
}

package dev.switchboard.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.switchboard.core.event.Update;
import dev.switchboard.core.spi.UpdateSink;
import dev.switchboard.core.transport.RetryPolicy;
import dev.switchboard.core.transport.WebhookHandler;
import dev.switchboard.core.transport.WebhookResponse;
import dev.switchboard.core.transport.WebhookServer;
import dev.switchboard.telegram.TelegramPlatform;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** The fake's webhook push against the real adapter: refused updates come again, in order. */
@Timeout(30)
class TelegramWebhookPusherTest {
    private static final Pattern UPDATE_ID = Pattern.compile("\"update_id\":(\\d+)");

    private final FakeTelegram fake = FakeTelegram.open();
    private final TelegramPlatform telegram = TelegramPlatform.builder("123:TEST").apiUrl(fake.apiUrl())
            .retryPolicy(RetryPolicy.none()).rateLimits(false).build();
    private final List<String> attempts = new CopyOnWriteArrayList<>();
    private final BlockingQueue<Update> taken = new LinkedBlockingQueue<>();

    @AfterEach
    void stop() {
        fake.close();
    }

    @Test
    void pushesARefusedUpdateAgainAndTheNextOnlyOnceItIsTaken() throws Exception {
        UpdateSink saturatedTwice = RefusingSink.refusingFirst(2, taken);
        try (WebhookServer server = server(recording(telegram.webhook("s3cret", saturatedTwice)))) {
            telegram.setWebhook(URI.create("http://127.0.0.1:" + server.address().getPort() + "/tg"), "s3cret",
                    List.of(), false);
            fake.userSends(42, "one");
            fake.userSends(42, "two");

            Update first = taken.poll(10, TimeUnit.SECONDS);
            Update second = taken.poll(10, TimeUnit.SECONDS);

            assertThat(first).isNotNull();
            assertThat(second).isNotNull();
            String one = first.updateId().orElseThrow();
            String two = second.updateId().orElseThrow();
            awaitAttempts(4);
            assertThat(attempts).containsExactly(one + " 503", one + " 503", one + " 200", two + " 200");
            awaitNothingPending();
            assertThat(fake.pendingUpdates()).isEmpty();
        }
    }

    @Test
    void backsOffFrom50MillisDoublingUpToASecond() {
        assertThat(List.of(0, 1, 2, 3, 5, 6, 40)).extracting(TelegramWebhookPusher::backoff)
                .extracting(Duration::toMillis).containsExactly(0L, 50L, 100L, 200L, 800L, 1000L, 1000L);
    }

    /** Waits (at most 10 s) until {@code count} attempts were answered. */
    private void awaitAttempts(int count) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (attempts.size() < count && System.nanoTime() < deadline) {
            Thread.sleep(10);
        }
    }

    /** Waits (at most 10 s) until the fake saw every push accepted. */
    private void awaitNothingPending() throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (!fake.pendingUpdates().isEmpty() && System.nanoTime() < deadline) {
            Thread.sleep(10);
        }
    }

    private WebhookHandler recording(WebhookHandler handler) {
        return request -> {
            WebhookResponse response = handler.handle(request);
            Matcher id = UPDATE_ID.matcher(new String(request.body(), StandardCharsets.UTF_8));
            attempts.add((id.find() ? id.group(1) : "?") + " " + response.status());
            return response;
        };
    }

    private static WebhookServer server(WebhookHandler handler) {
        WebhookServer server = WebhookServer.builder(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0))
                .route("/tg", handler).build();
        server.start();
        return server;
    }
}

package dev.switchboard.testkit;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Callback API delivery: each event is POSTed as JSON (with {@code secret} when set) to the bot's
 * URL, in order, from one thread. VK wants the body {@code ok}; otherwise (another body, another
 * status, no answer) it sends the same event again, up to {@link #ATTEMPTS} times in all, with the
 * {@code X-Retry-Counter} header on each repeat. The fake waits {@link #backoff} between attempts
 * (100 ms, doubling, at most 1 s) and holds back later events meanwhile; after the last attempt the
 * event is given up (logged) and the next is sent. Thread-safe.
 */
final class VkCallbackPusher implements AutoCloseable {
    static final int ATTEMPTS = 5;
    static final String RETRY_COUNTER = "X-Retry-Counter";
    static final Duration FIRST_RETRY = Duration.ofMillis(100);
    static final Duration LONGEST_RETRY = Duration.ofSeconds(1);
    private static final Logger LOG = LoggerFactory.getLogger(VkCallbackPusher.class);

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final ExecutorService sender = Executors.newSingleThreadExecutor(runnable -> {
        Thread thread = new Thread(runnable, "fake-vk-callback");
        thread.setDaemon(true);
        return thread;
    });
    private final ObjectMapper json;
    private final URI url;
    private final Optional<String> secret;

    VkCallbackPusher(ObjectMapper json, URI url, Optional<String> secret) {
        this.json = json;
        this.url = url;
        this.secret = secret;
    }

    /** The pause before repeat number {@code retry} (1 for the first repeat). */
    static Duration backoff(int retry) {
        if (retry <= 0) {
            return Duration.ZERO;
        }
        long millis = FIRST_RETRY.toMillis() << Math.min(retry - 1, 16);
        return Duration.ofMillis(Math.min(millis, LONGEST_RETRY.toMillis()));
    }

    /** Sends {@code {"type":"confirmation","group_id":…}} and returns the body the bot answered. */
    String confirm(long groupId) throws IOException, InterruptedException {
        ObjectNode body = JsonNodeFactory.instance.objectNode().put("type", "confirmation").put("group_id", groupId);
        return post(body, 0).body().trim();
    }

    /** Queues {@code event} for delivery; {@code onDelivered} runs once the bot answered "ok". */
    void deliver(ObjectNode event, Runnable onDelivered) {
        ObjectNode copy = event.deepCopy();
        sender.execute(() -> {
            try {
                for (int retry = 0; retry < ATTEMPTS; retry++) {
                    Thread.sleep(backoff(retry).toMillis());
                    if (attempt(copy, retry)) {
                        onDelivered.run();
                        return;
                    }
                }
                LOG.warn("callback {} gave up on event {} after {} attempts", url, copy.path("event_id").asText(),
                        ATTEMPTS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
    }

    private boolean attempt(ObjectNode event, int retry) throws InterruptedException {
        try {
            HttpResponse<String> response = post(event, retry);
            if (response.statusCode() == 200 && response.body().trim().equals("ok")) {
                return true;
            }
            LOG.debug("callback {} answered HTTP {} {}", url, response.statusCode(), response.body());
        } catch (IOException e) {
            LOG.debug("callback {} failed: {}", url, e.toString());
        }
        return false;
    }

    private HttpResponse<String> post(ObjectNode body, int retry) throws IOException, InterruptedException {
        secret.ifPresent(s -> body.put("secret", s));
        HttpRequest.Builder request = HttpRequest.newBuilder(url).timeout(Duration.ofSeconds(10))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json.writeValueAsString(body), StandardCharsets.UTF_8));
        if (retry > 0) {
            request.header(RETRY_COUNTER, Integer.toString(retry));
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    @Override
    public void close() {
        sender.shutdownNow();
    }
}

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
 * URL, in order, from one thread; VK wants the body {@code ok} and tries an event up to 5 times
 * otherwise. Thread-safe.
 */
final class VkFakeCallback implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(VkFakeCallback.class);
    private static final int ATTEMPTS = 5;

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final ExecutorService sender = Executors.newSingleThreadExecutor(runnable -> {
        Thread thread = new Thread(runnable, "fake-vk-callback");
        thread.setDaemon(true);
        return thread;
    });
    private final ObjectMapper json;
    private final URI url;
    private final Optional<String> secret;

    VkFakeCallback(ObjectMapper json, URI url, Optional<String> secret) {
        this.json = json;
        this.url = url;
        this.secret = secret;
    }

    /** Sends {@code {"type":"confirmation","group_id":…}} and returns the body the bot answered. */
    String confirm(long groupId) throws IOException, InterruptedException {
        ObjectNode body = JsonNodeFactory.instance.objectNode().put("type", "confirmation").put("group_id", groupId);
        return post(body).body().trim();
    }

    /** Queues {@code event} for delivery; {@code onDelivered} runs once the bot answered "ok". */
    void deliver(ObjectNode event, Runnable onDelivered) {
        ObjectNode copy = event.deepCopy();
        sender.execute(() -> {
            for (int attempt = 1; attempt <= ATTEMPTS; attempt++) {
                try {
                    HttpResponse<String> response = post(copy);
                    if (response.statusCode() == 200 && response.body().trim().equals("ok")) {
                        onDelivered.run();
                        return;
                    }
                    LOG.warn("callback {} answered HTTP {} {}", url, response.statusCode(), response.body());
                } catch (IOException e) {
                    LOG.warn("callback {} failed: {}", url, e.toString());
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                }
            }
        });
    }

    private HttpResponse<String> post(ObjectNode body) throws IOException, InterruptedException {
        secret.ifPresent(s -> body.put("secret", s));
        HttpRequest request = HttpRequest.newBuilder(url).timeout(Duration.ofSeconds(10))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json.writeValueAsString(body), StandardCharsets.UTF_8))
                .build();
        return http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    @Override
    public void close() {
        sender.shutdownNow();
    }
}

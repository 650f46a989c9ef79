package dev.switchboard.testkit;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Optional;

/**
 * Pushes pending updates to the webhook one at a time, in order, as Telegram does: each update
 * is POSTed with the {@code X-Telegram-Bot-Api-Secret-Token} header and stays queued until the
 * bot answers 2xx.
 */
final class TelegramWebhookPusher implements Runnable {
    static final String SECRET_HEADER = "X-Telegram-Bot-Api-Secret-Token";
    private static final Duration IDLE = Duration.ofMillis(200);
    private static final Duration RETRY_PAUSE = Duration.ofMillis(50);

    private final TelegramState state;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    private volatile boolean running = true;

    TelegramWebhookPusher(TelegramState state) {
        this.state = state;
    }

    void stop() {
        running = false;
    }

    @Override
    public void run() {
        try {
            while (running) {
                Optional<ObjectNode> next = state.nextForWebhook(IDLE);
                Optional<TelegramState.Webhook> hook = state.webhook();
                if (next.isPresent() && hook.isPresent()) {
                    if (push(hook.get(), next.get())) {
                        state.delivered(next.get().get("update_id").asLong());
                    } else {
                        Thread.sleep(RETRY_PAUSE.toMillis());
                    }
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private boolean push(TelegramState.Webhook hook, ObjectNode update) throws InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(hook.url()).timeout(Duration.ofSeconds(10))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(update.toString()));
        if (!hook.secret().isEmpty()) {
            request.header(SECRET_HEADER, hook.secret());
        }
        try {
            int status = http.send(request.build(), HttpResponse.BodyHandlers.discarding()).statusCode();
            return status >= 200 && status < 300;
        } catch (IOException e) {
            return false;
        }
    }
}
